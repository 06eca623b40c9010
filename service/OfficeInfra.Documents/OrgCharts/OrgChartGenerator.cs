using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// PowerPoint org charts: one deck for the whole organisation (department null, subject the organisation) and one
/// per department (subject the department name).
/// </summary>
/// <remarks>
/// The organisation deck holds a title slide, a contents slide, the whole-organisation chart, one chart per
/// department and a summary, each in a section of its own; a department deck holds that department's chart. Charts
/// too big for one slide continue on further slides. Confidential and Restricted departments show only their head
/// and headcount in the organisation deck unless <see cref="OrgChartOptions"/> allows full detail.
/// </remarks>
public sealed class OrgChartGenerator(OrgChartOptions? options = null) : IDocumentSource
{
    private readonly OrgChartOptions _options = options ?? new OrgChartOptions();

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

    private IEnumerable<GeneratedDocument> GenerateDecks(RegisterSet registers, DateOnly asOf, CancellationToken cancellationToken)
    {
        var organisation = string.IsNullOrWhiteSpace(registers.Organisation) ? ChartWords.DefaultOrganisation : registers.Organisation.Trim();
        var departments = DepartmentNames(registers);
        var privacy = _options.FullDetailOfConfidentialDepartments ? DepartmentPrivacy.None : DepartmentPrivacy.Of(registers);
        var shown = registers.Roles.Where(r => !privacy.Hidden.Contains(r)).ToList();
        var deck = new OrgChartDeck(registers, asOf, cancellationToken, privacy.HeadNote);
        var vacant = registers.Roles.Count(r => r.IsVacant);
        deck.AddTitle(organisation, ChartWords.RolesInDepartments(registers.Roles.Count, departments.Count, vacant));
        deck.AddIndex();
        deck.AddChart(deck.Paginate(OrgTreeBuilder.Build(shown, null), ChartWords.WholeOrganisation, showDepartment: true),
            registers.Roles, showDepartment: true);
        foreach (var department in departments)
        {
            var members = registers.Roles.Where(r => OrgChartDeck.Same(r.Department, department)).ToList();
            deck.AddChart(deck.Paginate(OrgTreeBuilder.Build(shown, department), department, showDepartment: false), members, showDepartment: false);
        }
        deck.AddSummary(departments, shown);
        yield return new GeneratedDocument(DocumentKind.OrgChart, null, organisation, deck.ToPptx());
        foreach (var department in departments)
        {
            var members = registers.Roles.Where(r => OrgChartDeck.Same(r.Department, department)).ToList();
            var single = new OrgChartDeck(registers, asOf, cancellationToken);
            single.AddChart(single.Paginate(OrgTreeBuilder.Build(registers.Roles, department), department, showDepartment: false),
                members, showDepartment: false);
            yield return new GeneratedDocument(DocumentKind.OrgChart, department, department, single.ToPptx());
        }
    }
}
