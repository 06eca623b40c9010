using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Writing;

/// <summary>The registers as rows of cell texts, in <see cref="RegisterSchema"/> column order.</summary>
internal static class RegisterCells
{
    public static List<string?[]> Rows(RegisterSheet register, RegisterSet set) => register.Name switch
    {
        "Departments" => set.Departments.Select(d => new[]
            { d.Name, d.Head, d.Access, Join(d.Owners, "; "), Join(d.Members, "; "), Join(d.Visitors, "; "), d.Description }).ToList(),
        "Roles" => set.Roles.Select(r => new[]
            { r.Title, r.Department, r.ReportsTo, r.Type, r.Status, r.Holder, r.Hours, r.Summary }).ToList(),
        "Tasks" => set.Tasks.Select(t => new[]
            { t.Id, t.Task, t.Department, t.Role, t.Process, t.Step, t.Frequency, Join(t.Tools, ", "), t.CurrentlyDoneBy }).ToList(),
        "Processes" => set.Processes.Select(p => new[]
            { p.Name, p.Department, p.System, p.Owner, p.Trigger, p.Outcome, p.Kpi, p.Target, Join(p.Tools, ", ") }).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(register), register.Name, "Unknown register."),
    };

    private static string? Join(IReadOnlyList<string> items, string separator) =>
        items.Count == 0 ? null : string.Join(separator, items);
}
