using OfficeInfra.Documents.Control;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>What a chart deck's history names: each role shown (who it reports to, its type, whether it is filled
/// and by whom) and, on the organisation deck, each department's figures.</summary>
public sealed class OrgChartWording : IChangeWording
{
    /// <summary>The one instance (it holds no state).</summary>
    public static OrgChartWording Instance { get; } = new();

    /// <summary>The facts of a deck showing <paramref name="roles"/>, plus <paramref name="figures"/> lines (department → its figures).</summary>
    internal static IReadOnlyDictionary<string, string> Facts(string title, IEnumerable<Role> roles, IEnumerable<(string Department, string Figures)> figures)
    {
        var facts = new ModelFacts().Field("Title", title);
        foreach (var role in roles)
        {
            var name = role.Title.Trim();
            facts.Item("role", name, name, ("department", role.Department.Trim()), ("reportsTo", role.ReportsTo?.Trim()),
                ("type", role.RoleType.ToString()), ("vacant", role.IsVacant), ("holder", role.IsVacant ? null : role.Holder?.Trim()),
                ("hours", role.Hours?.Trim()));
        }
        foreach (var (department, line) in figures)
        {
            facts.Item("figures", department, line);
        }
        return facts.Facts;
    }

    /// <inheritdoc />
    public bool IsAnchor(string key) => false;

    /// <inheritdoc />
    public string? Describe(FactChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var item = change.Item;
        if (item.StartsWith("figures:", StringComparison.Ordinal))
        {
            return ChangeSummary.Field($"Figures of {item["figures:".Length..]}", change.Old, change.New);
        }
        if (!item.StartsWith("role:", StringComparison.Ordinal))
        {
            return ChangeSummary.Field(change.Key, change.Old, change.New);
        }
        var role = change.Fact(item);
        return change.Field switch
        {
            null when change.Old is null => $"Role '{change.New}' added",
            null when change.New is null => $"Role '{change.Old}' removed",
            "reportsTo" => ChangeSummary.Field($"{role}: reports to", Top(change.Old), Top(change.New)),
            "vacant" => change.New == "yes" ? $"{role} is now vacant" : $"{role} is now filled",
            "holder" => ChangeSummary.Field($"{role}: holder", change.Old, change.New),
            "department" => $"{role} moved from {change.Old} to {change.New}",
            var field => ChangeSummary.Field($"{role}: {field}", change.Old, change.New),
        };
    }

    private static string? Top(string? reportsTo) => reportsTo is "" ? "nobody (top of the organisation)" : reportsTo;
}
