using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// One box of a chart: a role, or a "continued" box that points at the slide holding the rest of a subtree.
/// Children are mutable because pagination moves subtrees onto continuation slides.
/// </summary>
internal sealed class OrgNode
{
    private OrgNode(Role? role, string? externalManager, OrgChartPage? continuation, int continuedRoles, bool linksToChart = false)
    {
        Role = role;
        ExternalManager = externalManager;
        Continuation = continuation;
        ContinuedRoles = continuedRoles;
        LinksToChart = linksToChart;
    }

    /// <summary>The role shown, or null for a "continued" box.</summary>
    public Role? Role { get; }

    /// <summary>For a role whose manager sits in another department: "Manager title (Department)".</summary>
    public string? ExternalManager { get; }

    /// <summary>For a "continued" box: the page that holds the moved subtree.</summary>
    public OrgChartPage? Continuation { get; }

    /// <summary>For a "continued" box: how many roles it stands for (on its page and the pages that continue it).</summary>
    public int ContinuedRoles { get; }

    /// <summary>
    /// True when the "continued" box leads to another chart of the deck (a department's, from the whole organisation
    /// drawn down to department heads) rather than to a page that pagination made of this chart.
    /// </summary>
    public bool LinksToChart { get; }

    /// <summary>The direct reports shown under this box.</summary>
    public List<OrgNode> Children { get; } = [];

    public bool IsLeaf => Children.Count == 0;

    public static OrgNode ForRole(Role role, string? externalManager = null) => new(role, externalManager, null, 0);

    public static OrgNode ContinuedOn(OrgChartPage page, int roles) => new(null, null, page, roles);

    /// <summary>A "continued" box for <paramref name="roles"/> roles shown on another chart, whose first page is <paramref name="chart"/>.</summary>
    public static OrgNode ContinuedOnChart(OrgChartPage chart, int roles) => new(null, null, chart, roles, linksToChart: true);

    /// <summary>A copy of this box without its children (the head of a continuation page).</summary>
    public OrgNode CopyBox() => new(Role, ExternalManager, Continuation, ContinuedRoles, LinksToChart);
}
