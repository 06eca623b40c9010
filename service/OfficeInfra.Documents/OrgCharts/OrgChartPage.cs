namespace OfficeInfra.Documents.OrgCharts;

/// <summary>One chart slide: the boxes at its top and, for a continuation, the page it continues.</summary>
internal sealed class OrgChartPage(string title, IReadOnlyList<OrgNode> roots, OrgChartPage? continues)
{
    public string Title { get; } = title;

    public IReadOnlyList<OrgNode> Roots { get; } = roots;

    /// <summary>The page whose "continued" box links here; null for a chart's first page.</summary>
    public OrgChartPage? Continues { get; } = continues;

    /// <summary>1-based slide number in its deck, assigned when the deck is assembled.</summary>
    public int SlideNumber { get; set; }
}
