namespace OfficeInfra.Documents.OrgCharts;

/// <summary>One chart slide: the boxes at its top and, for a continuation, the page it continues.</summary>
internal sealed class OrgChartPage(string chart, string title, List<OrgNode> roots, OrgChartPage? continues)
{
    /// <summary>The title of the chart this page belongs to (its first page's title).</summary>
    public string Chart { get; } = chart;

    /// <summary>"Chart" on a first page, "Chart › Manager" on a continuation.</summary>
    public string Title { get; } = title;

    /// <summary>The top-level boxes; pagination replaces trees it moves away with a "continued" box.</summary>
    public List<OrgNode> Roots { get; } = roots;

    /// <summary>The page whose "continued" box links here; null for a chart's first page.</summary>
    /// <remarks>Set again when the page is placed in the deck: boxes can move on after a page is made.</remarks>
    public OrgChartPage? Continues { get; set; } = continues;

    /// <summary>How many roles the page stands for (its own boxes besides a head copy, and the pages continuing it).</summary>
    public int Roles { get; set; }

    /// <summary>1-based slide number in the deck being written (set per deck: a chart can go into several decks).</summary>
    public int SlideNumber { get; set; }

    /// <summary>A chart's first page.</summary>
    public static OrgChartPage First(string title, List<OrgNode> roots) => new(title, title, roots, null);
}
