using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Packaging;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

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
    public int Count(CheckedRegisters registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return 1 + DepartmentNames(registers.Registers).Count;
    }

    /// <inheritdoc />
    public IEnumerable<(DocumentKind Kind, string Key)> Keys(CheckedRegisters registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return [(DocumentKind.OrgChart, string.Empty), .. DepartmentNames(registers.Registers).Select(d => (DocumentKind.OrgChart, d))];
    }

    /// <inheritdoc />
    public IEnumerable<GeneratedDocument> Generate(CheckedRegisters registers, ControlBook book) =>
        Generate(registers, book, CancellationToken.None);

    /// <inheritdoc />
    public IEnumerable<GeneratedDocument> Generate(CheckedRegisters registers, ControlBook book, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(book);
        return GenerateDecks(registers.Registers, book, cancellationToken);
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

    private IEnumerable<GeneratedDocument> GenerateDecks(RegisterSet registers, ControlBook book, CancellationToken cancellationToken)
    {
        var words = ChartWords.For(registers.Settings.DocumentLanguage);
        var wording = OrgChartWording.For(registers.Settings.DocumentLanguage);
        var organisation = string.IsNullOrWhiteSpace(registers.Organisation) ? words.Organisation : registers.Organisation.Trim();
        var departments = DepartmentNames(registers);
        var privacy = _options.FullDetail ? DepartmentPrivacy.None : DepartmentPrivacy.Of(registers);
        var members = departments.Select(d => registers.Roles.Where(r => OrgChartDeck.Same(r.Department, d)).ToList()).ToList();
        var headcountOnly = departments.Select(privacy.HeadcountOnly).ToList();
        // The organisation deck records only what it shows: of a department shown by its headcount, that headcount.
        var figures = departments.Select((d, i) => (d, headcountOnly[i] is { } access
            ? OrgChartWording.HeadcountFact(members[i].Count, access)
            : OrgChartWording.FiguresFact(members[i].Count, members[i].Count(r => r.IsVacant))));
        var coveredBy = VacancyCover.Who(registers);
        var facts = OrgChartWording.Facts(organisation, organisation, registers.Roles.Where(r => !privacy.Hidden.Contains(r)), figures,
            role => (coveredBy(role), null));
        // Vacancies are counted where the deck shows them: outside the departments shown by their headcount only.
        var vacant = members.Where((_, i) => headcountOnly[i] is null).Sum(m => m.Count(r => r.IsVacant));
        yield return book.Issue(Draft(null, organisation, organisation, facts, wording, control =>
        {
            var deck = new OrgChartDeck(registers, control, hasTitle: true, cancellationToken, privacy.HeadNote);
            deck.AddTitle(organisation, words.RolesInDepartments(registers.Roles.Count, departments.Count, vacant, privacy.Any));
            deck.AddIndex();
            // The summary's figures are taken from the trees as built, before pagination moves subtrees onto other pages.
            var forests = departments.Select(d => OrgTreeBuilder.Build(registers.Roles, d, privacy.Hidden)).ToList();
            var summary = departments.Select((d, i) => DepartmentFigures.Of(d, members[i], forests[i], headcountOnly[i])).ToList();
            var organisationTrees = OrgTreeBuilder.Build(registers.Roles, null, privacy.Hidden);
            var total = DepartmentFigures.Total(words.Total, summary, organisationTrees);
            var widest = ChartShape.Widest(organisationTrees, 5);
            // Department charts are laid out first, so that the whole organisation's chart can lead to them.
            var charts = departments.Select((department, i) => (Department: department, Members: members[i],
                Pages: deck.Paginate(forests[i], department, showDepartment: false))).ToList();
            var headsOnly = !_options.FullDetail && registers.Roles.Count > _options.WholeChartRoles;
            var whole = headsOnly
                ? DownToHeads(registers, privacy, charts.Select(c => (c.Department, c.Members, c.Pages[0].Page)).ToList())
                : organisationTrees;
            deck.AddChart(deck.Paginate(whole, words.WholeOrganisation, showDepartment: true), registers.Roles.Count,
                words.RolesVacant(registers.Roles.Count, vacant, privacy.Any), showDepartment: true, headsOnly ? words.DownToHeads : null);
            for (var i = 0; i < charts.Count; i++)
            {
                var count = members[i].Count;
                deck.AddChart(charts[i].Pages, count, headcountOnly[i] is { } access ? words.Headcount(count, access)
                    : words.RolesVacant(count, members[i].Count(r => r.IsVacant)), showDepartment: false);
            }
            deck.AddSummary(summary, total, widest);
            return deck.ToPptx(new DocumentProperties(words.DeckTitle(organisation), words.OrganisationChart, organisation, control));
        }));
        for (var i = 0; i < departments.Count; i++)
        {
            var (department, roles) = (departments[i], members[i]);
            var outside = OrgTreeBuilder.ManagerOutside(registers.Roles, department);
            var shown = OrgChartWording.Facts(department, organisation, roles, [], role => (coveredBy(role), outside(role)));
            yield return book.Issue(Draft(department, department, organisation, shown, wording, control =>
            {
                var single = new OrgChartDeck(registers, control, hasTitle: false, cancellationToken);
                single.AddChart(single.Paginate(OrgTreeBuilder.Build(registers.Roles, department), department, showDepartment: false),
                    roles.Count, words.RolesVacant(roles.Count, roles.Count(r => r.IsVacant)), showDepartment: false);
                return single.ToPptx(new DocumentProperties(words.DeckTitle(department), words.OrganisationChart, department, control));
            }));
        }
    }

    /// <summary>
    /// The whole organisation down to each department's heads: under a department's first head, a box for the roles of
    /// the department that only its own chart shows, leading to that chart's first page.
    /// </summary>
    private static List<OrgNode> DownToHeads(RegisterSet registers, DepartmentPrivacy privacy,
        List<(string Department, List<Role> Members, OrgChartPage First)> charts)
    {
        var heads = charts.Select(c => DepartmentHeads.Of(registers, c.Department, c.Members).Where(r => !privacy.Hidden.Contains(r)).ToList()).ToList();
        var shown = new HashSet<Role>(heads.SelectMany(h => h), ReferenceEqualityComparer.Instance);
        var roots = OrgTreeBuilder.Build(registers.Roles, null, new HashSet<Role>(registers.Roles.Where(r => !shown.Contains(r)), ReferenceEqualityComparer.Instance));
        var nodes = new Dictionary<Role, OrgNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<OrgNode>(roots);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            nodes[node.Role!] = node;
            node.Children.ForEach(pending.Push);
        }
        for (var i = 0; i < charts.Count; i++)
        {
            var more = charts[i].Members.Count(r => !privacy.Hidden.Contains(r)) - heads[i].Count;
            if (more > 0 && heads[i].Count > 0)
            {
                nodes[heads[i][0]].Children.Insert(0, OrgNode.ContinuedOnChart(charts[i].First, more));
            }
        }
        return roots;
    }

    // A chart is owned by the organisation; its model is what its boxes and figures show.
    private static DocumentDraft Draft(RegisterName? department, string subject, string organisation, IReadOnlyDictionary<string, string> facts,
        OrgChartWording wording, Func<DocumentControl, byte[]> render) =>
        new(DocumentKind.OrgChart, department, subject, organisation, string.Empty, ModelHash.Of(facts, organisation), facts,
            wording, render);
}
