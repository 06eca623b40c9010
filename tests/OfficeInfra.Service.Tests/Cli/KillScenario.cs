using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Cli;

/// <summary>
/// The registers of the kill tests. A is a synthetic organisation (hostile names included); B is A a month later:
/// the organisation renamed (so every document changes and the roll-forward has many files to move), the top role
/// renamed everywhere it is named, one task reworded and one process added with two steps.
/// </summary>
public static class KillScenario
{
    public const string AsOf = "2026-12-01";

    /// <summary>A user's own file in a department's Records folder (path relative to that department folder).</summary>
    public const string RecordsFile = "Records/Board minutes 2026.docx";

    /// <summary>A user's file outside Records: next to the product's SOPs.</summary>
    public const string LooseFile = "SOPs/HR draft — do not overwrite.txt";

    public static RegisterSet A() => SyntheticOrganisation.Create(roles: 60, tasks: 240, processes: 12, departments: 6, seed: 9);

    public static RegisterSet B()
    {
        var a = A();
        var top = a.Roles[0].Title;
        const string renamed = "Managing Director ✦ (renamed)";
        string? Rename(string? title) => title == top ? renamed : title;
        var reworded = a.Tasks[5];
        var department = a.Departments[1].Name;
        var owner = a.Roles.First(r => r.Department == department).Title;
        const string process = "Onboarding 🧭 new starters";
        return a with
        {
            Organisation = a.Organisation + " (2027)",
            Departments = a.Departments.Select(d => d with { Head = Rename(d.Head) }).ToList(),
            Roles = a.Roles.Select(r => r with { Title = Rename(r.Title)!, ReportsTo = Rename(r.ReportsTo) }).ToList(),
            Processes = [.. a.Processes.Select(p => p with { Owner = Rename(p.Owner) }),
                new Process(process, department, "Employee Management", owner, "A new starter signs", "Ready on day one", "Days to ready", "1", ["Checklist"])],
            Tasks = [.. a.Tasks.Select(t => t with
                {
                    Role = Rename(t.Role),
                    Task = t == reworded ? t.Task + " (revised for 2027)" : t.Task,
                }),
                new TaskItem("T90001", "Prepare the desk and accounts for a new starter", department, owner, process, "1", "As needed", ["Checklist"]),
                new TaskItem("T90002", "Walk the new starter through the safety rules", department, owner, process, "2", "As needed")],
        };
    }

    /// <summary>Writes both workbooks into <paramref name="folder"/>, after checking that neither has an error.</summary>
    public static (string A, string B) Workbooks(TempFolder folder)
    {
        var a = folder.File("registers-a.xlsx");
        var b = folder.File("registers-b.xlsx");
        foreach (var (path, registers) in new[] { (a, A()), (b, B()) })
        {
            RegisterRules.Check(registers).Where(f => f.Severity == Severity.Error).Should().BeEmpty("the kill scenario needs valid registers");
            File.WriteAllBytes(path, Support.Workbooks.Of(registers));
        }
        return (a, b);
    }
}
