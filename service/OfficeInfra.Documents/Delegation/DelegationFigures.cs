using System.Text.Json.Serialization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Delegation;

/// <summary>
/// The delegation report's figures (the seed method's "just because you can, doesn't mean you should" as a list of
/// delegations to make): every task done today by someone other than the role that should do it; per person or role
/// doing them, how many by frequency; each vacant role and who covers its tasks; the roles whose tasks nobody does.
/// The service returns it as JSON; the workbook shows the same figures.
/// </summary>
public sealed record DelegationFigures(
    [property: JsonPropertyName("delegations")] IReadOnlyList<DelegationItem> Delegations,
    [property: JsonPropertyName("byDoer")] IReadOnlyList<DoerFigures> ByDoer,
    [property: JsonPropertyName("vacantRoles")] IReadOnlyList<VacantRoleFigures> VacantRoles,
    [property: JsonPropertyName("uncoveredRoles")] IReadOnlyList<string> UncoveredRoles)
{
    /// <summary>The frequencies counted per doer, in the list's order; tasks with none or another are counted as <see cref="Other"/>.</summary>
    public static IReadOnlyList<Frequency> Frequencies { get; } = Enum.GetValues<Frequency>();

    /// <summary>The column of tasks whose frequency is empty or not one of the list's.</summary>
    public const string Other = "other";

    /// <summary>The figures of <paramref name="registers"/>.</summary>
    public static DelegationFigures Of(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var map = new DelegationMap(registers);
        var delegations = map.Gaps.Select(g => new DelegationItem(g.Task.Id.Trim(), g.Task.Task.Trim(), g.Task.Process?.Trim() ?? string.Empty,
            g.ShouldDo, g.DoneBy, g.DoerRole, FrequencyKey(g.Task.Frequency))).ToList();
        var byDoer = delegations.GroupBy(d => new RegisterName(d.DoerRole.Length > 0 ? d.DoerRole : d.DoneBy))
            .Select(g => new DoerFigures(g.First().DoneBy, g.First().DoerRole, g.Count(),
                Frequencies.Select(FrequencyKey).Append(Other).ToDictionary(f => f, f => g.Count(d => d.Frequency == f), StringComparer.Ordinal)))
            .OrderByDescending(d => d.Tasks).ThenBy(d => d.DoneBy, StringComparer.OrdinalIgnoreCase).ToList();
        var tasksByRole = registers.Tasks.Where(t => !string.IsNullOrWhiteSpace(t.Role))
            .GroupBy(t => new RegisterName(t.Role)).ToDictionary(g => g.Key, g => g.ToList());
        var vacant = registers.Roles.Where(r => r.IsVacant && !string.IsNullOrWhiteSpace(r.Title)).Select(r =>
        {
            var tasks = tasksByRole.GetValueOrDefault(r.Title) ?? [];
            var covered = map.DoneByOthers(r.Title).ToList();
            return new VacantRoleFigures(r.Title.Trim(), r.Department.Trim(), tasks.Count, covered.Count,
                covered.Select(c => c.DoneBy).DistinctBy(d => new RegisterName(d)).ToList(), tasks.Count - covered.Count);
        }).ToList();
        return new DelegationFigures(delegations, byDoer, vacant, [.. vacant.Where(v => v.Uncovered > 0).Select(v => v.Role)]);
    }

    /// <summary>The key of a frequency as the figures count it (<c>daily</c> … <c>asNeeded</c>, else <see cref="Other"/>).</summary>
    public static string FrequencyKey(string? frequency) =>
        Registers.Model.Frequencies.List.TryParse(frequency, out var f) ? FrequencyKey(f) : Other;

    private static string FrequencyKey(Frequency f) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(f.ToString());
}
