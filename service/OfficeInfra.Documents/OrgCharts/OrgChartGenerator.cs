using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Filing;
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
        var disclosure = Disclosure.Of(registers);
        // Each deck as its folder's readers may see it: the organisation deck at the root, a department's in its folder.
        DocumentControl ShownTo(string? reader, DocumentControl control) => _options.FullDetail ? control : disclosure.Shown(control, reader);
        string Named(string name, string? reader) => _options.FullDetail ? name.Trim() : disclosure.Name(name, reader);
        Func<Role, string?> CoverFor(RegisterSet source, string? reader) => VacancyCover.For(source, name => Named(name, reader));
        // The organisation deck shows each hidden department's heads by title only.
        var shown = privacy.Shown(registers);
        var members = departments.Select(d => shown.Roles.Where(r => OrgChartDeck.Same(r.Department, d)).ToList()).ToList();
        var headcountOnly = departments.Select(privacy.HeadcountOnly).ToList();
        // The organisation deck records only what it shows: of a department shown by its headcount, that headcount.
        var figures = departments.Select((d, i) => (d, headcountOnly[i] is { } access
            ? OrgChartWording.HeadcountFact(members[i].Count, access)
            : OrgChartWording.FiguresFact(members[i].Count, members[i].Count(r => r.IsVacant))));
        var coveredBy = VacancyCover.Who(shown, name => Named(name, null));
        var facts = OrgChartWording.Facts(organisation, organisation, shown.Roles.Where(r => !privacy.Hidden.Contains(r)), figures,
            role => (coveredBy(role), null), privacy.TitleOnly);
        // Vacancies are counted where the deck shows them: outside the departments shown by their headcount only.
        var vacant = members.Where((_, i) => headcountOnly[i] is null).Sum(m => m.Count(r => r.IsVacant));
        yield return book.Issue(Draft(null, organisation, organisation, facts, wording, control =>
        {
            var deck = new OrgChartDeck(shown, ShownTo(null, control), hasTitle: true, CoverFor(shown, null), cancellationToken, privacy.HeadNote);
            deck.AddTitle(organisation, words.RolesInDepartments(shown.Roles.Count, departments.Count, vacant, privacy.Any));
            deck.AddIndex();
            // The summary's figures are taken from the trees as built, before pagination moves subtrees onto other pages.
            var forests = departments.Select(d => OrgTreeBuilder.Build(shown.Roles, d, privacy.Hidden)).ToList();
            var summary = departments.Select((d, i) => DepartmentFigures.Of(d, members[i], forests[i], headcountOnly[i])).ToList();
            var organisationTrees = OrgTreeBuilder.Build(shown.Roles, null, privacy.Hidden);
            var total = DepartmentFigures.Total(words.Total, summary, organisationTrees);
            var widest = ChartShape.Widest(organisationTrees, 5);
            // Department charts are laid out first, so that the whole organisation's chart can lead to them.
            var charts = departments.Select((department, i) => (Department: department, Members: members[i],
                Pages: deck.Paginate(forests[i], department, showDepartment: false))).ToList();
            var headsOnly = !_options.FullDetail && shown.Roles.Count > _options.WholeChartRoles;
            var whole = headsOnly
                ? DownToHeads(shown, privacy, charts.Select(c => (c.Department, c.Members, c.Pages[0].Page)).ToList())
                : organisationTrees;
            deck.AddChart(deck.Paginate(whole, words.WholeOrganisation, showDepartment: true), shown.Roles.Count,
                words.RolesVacant(shown.Roles.Count, vacant, privacy.Any), showDepartment: true, headsOnly ? words.DownToHeads : null);
            for (var i = 0; i < charts.Count; i++)
            {
                var count = members[i].Count;
                deck.AddChart(charts[i].Pages, count, headcountOnly[i] is { } access ? words.Headcount(count, access)
                    : words.RolesVacant(count, members[i].Count(r => r.IsVacant)), showDepartment: false);
            }
            deck.AddSummary(summary, total, widest);
            return deck.ToPptx(new DocumentProperties(words.DeckTitle(organisation), words.OrganisationChart, organisation, control));
        }));
        // A department's deck shows its own roles in full, from the registers as written.
        for (var i = 0; i < departments.Count; i++)
        {
            var department = departments[i];
            var roles = registers.Roles.Where(r => OrgChartDeck.Same(r.Department, department)).ToList();
            var outside = OrgTreeBuilder.ManagerOutside(registers.Roles, department);
            var coveredHere = VacancyCover.Who(registers, name => Named(name, department));
            var shownHere = OrgChartWording.Facts(department, organisation, roles, [], role => (coveredHere(role), outside(role)));
            yield return book.Issue(Draft(department, department, organisation, shownHere, wording, control =>
            {
                var single = new OrgChartDeck(registers, ShownTo(department, control), hasTitle: false, CoverFor(registers, department), cancellationToken);
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
