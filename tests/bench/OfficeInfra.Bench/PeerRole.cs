using System.Globalization;

namespace OfficeInfra.Bench;

/// <summary>One job description's data in the shape both template dialects bind to.</summary>
public sealed record PeerRole(string Title, string Department, string ReportsTo, string Type, string Holder,
    string Summary, IReadOnlyList<PeerTask> Tasks)
{
    /// <summary>
    /// Deterministic data for <paramref name="count"/> roles of <paramref name="tasksPerRole"/> tasks, with the
    /// characters that make escaping cost something: ampersands, angle brackets, quotes and non-ASCII text.
    /// </summary>
    public static IReadOnlyList<PeerRole> Generate(int count, int tasksPerRole)
    {
        string[] departments = ["Operations", "Legal & Compliance", "Accounting", "Technology <IT>", "Marketing", "Ressources humaines"];
        string[] frequencies = ["Daily", "Weekly", "Monthly", "Quarterly", "Yearly", "As needed"];
        string[] tools = ["Excel", "SAP \"S/4\"", "Jira & Confluence", "Çağrı merkezi", "客户管理系统", "Checklist <A>"];
        return Enumerable.Range(0, count).Select(i => new PeerRole(
            Title: string.Create(CultureInfo.InvariantCulture, $"Role {i} – Spécialiste \"R&D\""),
            Department: departments[i % departments.Length],
            ReportsTo: string.Create(CultureInfo.InvariantCulture, $"Manager {i / 10} <lead>"),
            Type: i % 7 == 0 ? "Outsourced" : "Employee",
            Holder: i % 5 == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"Zoë Øster-{i} 'Zo'"),
            Summary: "Keeps orders & deliveries flowing; reports <weekly> to the \"board\" – naïve café, İstanbul, 北京.",
            Tasks: Enumerable.Range(0, tasksPerRole).Select(t => new PeerTask(
                Task: string.Create(CultureInfo.InvariantCulture, $"Task {t} of role {i}: check invoices & <stock> for \"{departments[t % 6]}\""),
                Frequency: frequencies[t % frequencies.Length],
                Tools: tools[t % tools.Length] + ", " + tools[(t + 1) % tools.Length])).ToList())).ToList();
    }
}

/// <summary>One row of the task table.</summary>
public sealed record PeerTask(string Task, string Frequency, string Tools);
