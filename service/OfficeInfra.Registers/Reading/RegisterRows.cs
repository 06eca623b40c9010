using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Reading;

/// <summary>Turns raw register rows into the model (column indexes follow <see cref="Schema.RegisterSchema"/>).</summary>
internal static class RegisterRows
{
    public static Department Department(RawRow r, TextPool pool) =>
        new(r.Get(0), r.Optional(1), r.Optional(2), r.List(3, ';', pool), r.List(4, ';', pool), r.List(5, ';', pool), r.Optional(6), r.Row);

    public static Role Role(RawRow r, TextPool _) =>
        new(r.Get(0), r.Get(1), r.Optional(2), r.Optional(3), r.Optional(4), r.Optional(5), r.Optional(6), r.Optional(7), r.Row);

    public static Process Process(RawRow r, TextPool pool) =>
        new(r.Get(0), r.Get(1), r.Optional(2), r.Optional(3), r.Optional(4), r.Optional(5), r.Optional(6), r.Optional(7),
            r.List(8, ',', pool), r.Row);

    /// <summary>A task; its id is empty when the row has none (<see cref="WithIds"/> gives it one).</summary>
    public static TaskItem Task(RawRow r, TextPool pool) =>
        new(r.Optional(0) ?? string.Empty, r.Get(1), r.Get(2), r.Optional(3), r.Optional(4), r.Optional(5), r.Optional(6),
            r.List(7, ',', pool), r.Optional(8), r.Row);

    /// <summary>Gives every task without an id one (T0001, …) that no other task of the register uses.</summary>
    public static List<TaskItem> WithIds(List<TaskItem> tasks)
    {
        if (tasks.TrueForAll(t => t.Id.Length > 0))
        {
            return tasks;
        }
        var ids = new TaskIds([.. tasks.Where(t => t.Id.Length > 0).Select(t => t.Id)]);
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks[i].Id.Length == 0)
            {
                tasks[i] = tasks[i] with { Id = ids.Next() };
            }
        }
        return tasks;
    }
}
