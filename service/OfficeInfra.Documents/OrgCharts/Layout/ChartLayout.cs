namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>A box placed on the chart (top-left corner and size, in EMU at scale 1).</summary>
internal sealed record PlacedBox(OrgNode Node, double X, double Y, double Width, double Height)
{
    public double CentreX => X + (Width / 2);

    public double Bottom => Y + Height;
}

/// <summary>How a connector meets the report's box.</summary>
internal enum EdgeKind
{
    /// <summary>Parent's bottom to child's top, bending at <see cref="PlacedEdge.BusY"/>.</summary>
    Top,

    /// <summary>Parent's bottom to a stacked child's left side, down the trunk at <see cref="PlacedEdge.TrunkX"/>.</summary>
    Side,
}

/// <summary>A reporting line between two boxes, by index into <see cref="ChartLayout.Boxes"/>.</summary>
internal sealed record PlacedEdge(int From, int To, EdgeKind Kind, double BusY, double TrunkX);

/// <summary>The laid-out chart: boxes from (0,0) to (Width, Height) and the lines between them.</summary>
internal sealed record ChartLayout(IReadOnlyList<PlacedBox> Boxes, IReadOnlyList<PlacedEdge> Edges, double Width, double Height);
