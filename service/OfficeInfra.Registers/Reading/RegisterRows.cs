using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Reading;

/// <summary>Turns raw register rows into model items, column by column as <see cref="RegisterSchema"/> lists them.</summary>
internal static class RegisterRows
{
    /// <summary>An item of <paramref name="register"/> from a raw row (values in the register's column order).</summary>
    public static T Item<T>(RegisterSheet<T> register, RawRow row, TextPool pool) where T : class
    {
        var item = register.Create();
        var columns = register.TypedColumns;
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(row.Values[i]))
            {
                continue;
            }
            if (columns[i].Separator is { } separator)
            {
                columns[i].SetList(item, row.List(i, separator, pool));
            }
            else
            {
                columns[i].SetText(item, row.Values[i]!.Trim());
            }
        }
        register.SetRow(item, row.Row);
        return item;
    }

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
