using System.Globalization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Tests.Control;

/// <summary>
/// One change a person makes in the registers, to any field of any register that some document shows: a task's text,
/// should-do and current doer, process, step, frequency and tools; a role's holder, status, type, hours, reports-to,
/// department, purpose and person specification; a department's access, approver, head and description; a process's
/// system, owner, trigger, outcome, KPI, target, tools and approver; the organisation's name and review interval.
/// An edit returns null when the registers have nothing it can change (no tasks to reword).
/// </summary>
internal static class RegisterEdits
{
    /// <summary>Every edit, by name.</summary>
    public static IReadOnlyList<(string Name, Func<RegisterSet, Random, RegisterSet?> Apply)> All { get; } =
    [
        ("task reworded", (r, x) => Task(r, x, t => t with { Task = New(x, "Check the courier") })),
        ("task given to another role", (r, x) => Task(r, x, t => t with { Role = AnyRole(r, x) })),
        ("task now done by someone else", (r, x) => Task(r, x, t => t with { CurrentlyDoneBy = x.Next(3) switch
        {
            0 => null,
            1 => AnyRole(r, x),
            _ => r.Roles.Count > 0 ? Pick(r.Roles, x).Holder ?? New(x, "Sam Doe") : New(x, "Sam Doe"),
        } })),
        ("task frequency", (r, x) => Task(r, x, t => t with { Frequency = Pick(Frequencies.List.Texts, x) })),
        ("task tools", (r, x) => Task(r, x, t => t with { Tools = x.Next(3) == 0 ? [] : [.. t.Tools, New(x, "Label printer")] })),
        ("task step", (r, x) => Task(r, x, t => t with { Step = x.Next(20).ToString(CultureInfo.InvariantCulture) })),
        ("task moved to another process", (r, x) => Task(r, x, t => t with
        {
            Process = r.Processes.Count > 0 && x.Next(4) > 0 ? Pick(r.Processes, x).Name : null,
        })),
        ("task added", (r, x) => r.Roles.Count == 0 ? null : r with
        {
            Tasks = [.. r.Tasks, new TaskItem($"T-{9000 + x.Next(999)}", New(x, "Book the courier collection"), Pick(r.Roles, x).Department,
                Pick(r.Roles, x).Title, r.Processes.Count > 0 ? Pick(r.Processes, x).Name : null, "99", "Weekly",
                CurrentlyDoneBy: x.Next(2) == 0 ? null : Pick(r.Roles, x).Title)],
        }),
        ("task removed", (r, x) => r.Tasks.Count == 0 ? null : r with { Tasks = [.. r.Tasks.Where((_, i) => i != x.Next(r.Tasks.Count))] }),
        ("holder", (r, x) => Role(r, x, o => o with { Holder = New(x, "Ayse Yilmaz"), Status = "Filled" })),
        ("status", (r, x) => Role(r, x, o => o with { Status = o.IsVacant ? "Filled" : "Vacant", Holder = o.Holder ?? New(x, "Lee Chan") })),
        ("type", (r, x) => Role(r, x, o => o with { Type = Pick(RoleTypes.List.Texts, x) })),
        ("hours", (r, x) => Role(r, x, o => o with { Hours = Pick(HoursList.List.Texts, x) })),
        ("reports to", (r, x) => Role(r, x, o => o with { ReportsTo = x.Next(4) == 0 ? null : AnyRole(r, x) })),
        ("role moved to another department", (r, x) => Role(r, x, o => o with { Department = Pick(r.Departments, x).Name })),
        ("purpose", (r, x) => Role(r, x, o => o with { Summary = New(x, "Keeps the shop running") })),
        ("person specification", (r, x) => Role(r, x, o => x.Next(6) switch
        {
            0 => o with { Qualifications = New(x, "HNC") },
            1 => o with { Skills = New(x, "Soldering") },
            2 => o with { Experience = New(x, "Two years") },
            3 => o with { Location = New(x, "Leeds") },
            4 => o with { Grade = New(x, "G7") },
            _ => o with { Contract = New(x, "Permanent") },
        })),
        ("department access", (r, x) => Department(r, x, d => d with { Access = Pick(AccessLevels.List.Texts, x) })),
        ("department approver", (r, x) => Department(r, x, d => d with { ApprovedBy = x.Next(4) == 0 ? null : New(x, "Quality Manager") })),
        ("department head", (r, x) => Department(r, x, d => d with { Head = x.Next(4) == 0 ? null : AnyRole(r, x) })),
        ("department description", (r, x) => Department(r, x, d => d with { Description = New(x, "Runs the warehouse") })),
        ("process system", (r, x) => Process(r, x, p => p with { System = New(x, "SAP") })),
        ("process owner", (r, x) => Process(r, x, p => p with { Owner = x.Next(4) == 0 ? null : AnyRole(r, x) })),
        ("process trigger", (r, x) => Process(r, x, p => p with { Trigger = New(x, "An order arrives") })),
        ("process outcome", (r, x) => Process(r, x, p => p with { Outcome = New(x, "The parcel is delivered") })),
        ("process KPI", (r, x) => Process(r, x, p => p with { Kpi = New(x, "On-time delivery") })),
        ("process target", (r, x) => Process(r, x, p => p with { Target = New(x, "95%") })),
        ("process tools", (r, x) => Process(r, x, p => p with { Tools = x.Next(3) == 0 ? [] : [.. p.Tools, New(x, "Scanner")] })),
        ("process approver", (r, x) => Process(r, x, p => p with { ApprovedBy = x.Next(4) == 0 ? null : New(x, "Head of Quality") })),
        ("organisation renamed", (r, x) => r with { Settings = r.Settings with { Name = x.Next(5) == 0 ? null : New(x, "Fabrikam") } }),
        ("review interval", (r, x) => r with { Settings = r.Settings with { ReviewInterval = (1 + x.Next(36)).ToString(CultureInfo.InvariantCulture) } }),
    ];

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    // A value no generated register holds, so that the edit really changes something.
    private static string New(Random random, string text) => $"{text} {random.Next(1000).ToString(CultureInfo.InvariantCulture)}";

    private static string? AnyRole(RegisterSet registers, Random random) =>
        registers.Roles.Count == 0 || random.Next(6) == 0 ? null : Pick(registers.Roles, random).Title;

    private static RegisterSet? Task(RegisterSet registers, Random random, Func<TaskItem, TaskItem> edit) =>
        registers.Tasks.Count == 0 ? null : registers with { Tasks = Edit(registers.Tasks, random.Next(registers.Tasks.Count), edit) };

    private static RegisterSet? Role(RegisterSet registers, Random random, Func<Role, Role> edit) =>
        registers.Roles.Count == 0 ? null : registers with { Roles = Edit(registers.Roles, random.Next(registers.Roles.Count), edit) };

    private static RegisterSet Department(RegisterSet registers, Random random, Func<Department, Department> edit) =>
        registers with { Departments = Edit(registers.Departments, random.Next(registers.Departments.Count), edit) };

    private static RegisterSet? Process(RegisterSet registers, Random random, Func<Process, Process> edit) =>
        registers.Processes.Count == 0 ? null : registers with { Processes = Edit(registers.Processes, random.Next(registers.Processes.Count), edit) };

    private static List<T> Edit<T>(IReadOnlyList<T> items, int index, Func<T, T> edit) => [.. items.Select((item, i) => i == index ? edit(item) : item)];
}
