namespace OfficeInfra.Documents.OrgCharts;

/// <summary>One chart slide: the boxes at its top and, for a continuation, the page it continues.</summary>
internal sealed class OrgChartPage(string title, List<OrgNode> roots, OrgChartPage? continues)
{
    public string Title { get; } = title;

    /// <summary>The top-level boxes; pagination replaces trees it moves away with a "continued" box.</summary>
    public List<OrgNode> Roots { get; } = roots;

    /// <summary>The page whose "continued" box links here; null for a chart's first page.</summary>
    /// <remarks>Set again when the page is placed in the deck: boxes can move on after a page is made.</remarks>
    public OrgChartPage? Continues { get; set; } = continues;

    /// <summary>1-based slide number in its deck, assigned when the deck is assembled.</summary>
    public int SlideNumber { get; set; }
}
