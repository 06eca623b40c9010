namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>
/// A box placed on the chart (top-left corner and size, in EMU at scale 1). A manager drawn as a bar over a wide grid
/// of reports has <see cref="Sites"/>: where on its bottom edge each column's line meets it, from its left edge.
/// </summary>
internal sealed record PlacedBox(OrgNode Node, double X, double Y, double Width, double Height, IReadOnlyList<double>? Sites = null)
{
    public double Bottom => Y + Height;
}

/// <summary>How a connector meets the report's box.</summary>
internal enum EdgeKind
{
    /// <summary>Parent's bottom to child's top, bending at <see cref="PlacedEdge.BusY"/>.</summary>
    Top,

    /// <summary>Parent's bottom to a stacked child's side, along the bus at <see cref="PlacedEdge.BusY"/> and down the trunk at <see cref="PlacedEdge.TrunkX"/>.</summary>
    Side,
}

/// <summary>
/// A reporting line between two boxes, by index into <see cref="ChartLayout.Boxes"/>; <see cref="Site"/> is the
/// index into the manager's <see cref="PlacedBox.Sites"/> when the line rises straight into a bar.
/// </summary>
internal sealed record PlacedEdge(int From, int To, EdgeKind Kind, double BusY, double TrunkX, int? Site = null);

/// <summary>The laid-out chart: boxes from (0,0) to (Width, Height) and the lines between them.</summary>
internal sealed record ChartLayout(IReadOnlyList<PlacedBox> Boxes, IReadOnlyList<PlacedEdge> Edges, double Width, double Height);
