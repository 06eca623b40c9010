using OfficeInfra.Documents.OrgCharts.Layout;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// PowerPoint org charts: one deck for the whole organisation (department null, subject the organisation) and one
/// per department (subject the department name).
/// </summary>
/// <remarks>
/// The organisation deck holds a title slide, the whole-organisation chart, one chart per department and a summary;
/// a department deck holds that department's chart. Charts too big for one slide continue on further slides.
/// </remarks>
public sealed class OrgChartGenerator : IDocumentSource
{
    /// <inheritdoc />
    public int Count(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return 1 + DepartmentNames(registers).Count;
    }

    /// <inheritdoc />
    public IEnumerable<GeneratedDocument> Generate(RegisterSet registers, DateOnly asOf) =>
        Generate(registers, asOf, CancellationToken.None);

    /// <inheritdoc />
    public IEnumerable<GeneratedDocument> Generate(RegisterSet registers, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return GenerateDecks(registers, asOf, cancellationToken);
    }

    /// <summary>Departments in register order, then any that only roles name, each once.</summary>
    internal static IReadOnlyList<string> DepartmentNames(RegisterSet registers)
    {
        var names = new List<string>();
        foreach (var name in registers.Departments.Select(d => d.Name).Concat(registers.Roles.Select(r => r.Department)))
        {
            if (!string.IsNullOrWhiteSpace(name) && !names.Any(n => OrgChartDeck.Same(n, name)))
            {
                names.Add(name.Trim());
            }
        }
        return names;
    }

    private static IEnumerable<GeneratedDocument> GenerateDecks(RegisterSet registers, DateOnly asOf, CancellationToken cancellationToken)
    {
        var organisation = string.IsNullOrWhiteSpace(registers.Organisation) ? "Organisation" : registers.Organisation.Trim();
        var departments = DepartmentNames(registers);
        var deck = new OrgChartDeck(registers, asOf, cancellationToken);
        var vacant = registers.Roles.Count(r => r.IsVacant);
        deck.AddTitle(organisation, $"{Count(registers.Roles.Count, "role")} in {Count(departments.Count, "department")}, {vacant} vacant");
        deck.AddChart(OrgChartDeck.Paginate(registers, organisation, null, cancellationToken), null);
        var charts = departments.Select(d => OrgChartDeck.Paginate(registers, d, d, cancellationToken)).ToList();
        foreach (var (department, pages) in departments.Zip(charts))
        {
            deck.AddChart(pages, department);
        }
        deck.AddSummary(departments);
        yield return new GeneratedDocument(DocumentKind.OrgChart, null, organisation, deck.ToPptx());
        foreach (var (department, pages) in departments.Zip(charts))
        {
            var single = new OrgChartDeck(registers, asOf, cancellationToken);
            single.AddChart(pages, department);
            yield return new GeneratedDocument(DocumentKind.OrgChart, department, department, single.ToPptx());
        }
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
