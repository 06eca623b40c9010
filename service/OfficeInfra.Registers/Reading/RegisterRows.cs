using System.Globalization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Reading;

/// <summary>Turns raw register rows into the model (column indexes follow <see cref="Schema.RegisterSchema"/>).</summary>
internal static class RegisterRows
{
    public static Department Department(RawRow r) =>
        new(r.Get(0), r.Optional(1), r.Optional(2), r.List(3, ';'), r.List(4, ';'), r.List(5, ';'), r.Optional(6), r.Row);

    public static Role Role(RawRow r) =>
        new(r.Get(0), r.Get(1), r.Optional(2), r.Optional(3), r.Optional(4), r.Optional(5), r.Optional(6), r.Optional(7), r.Row);

    public static Process Process(RawRow r) =>
        new(r.Get(0), r.Get(1), r.Optional(2), r.Optional(3), r.Optional(4), r.Optional(5), r.Optional(6), r.Optional(7),
            r.List(8, ','), r.Row);

    public static List<TaskItem> Tasks(List<RawRow> rows)
    {
        var ids = new TaskIds(rows.Select(r => r.Optional(0)));
        return rows.Select(r => new TaskItem(r.Optional(0) ?? ids.Next(), r.Get(1), r.Get(2), r.Optional(3), r.Optional(4),
            r.Optional(5), r.Optional(6), r.List(7, ','), r.Optional(8), r.Row)).ToList();
    }
}
