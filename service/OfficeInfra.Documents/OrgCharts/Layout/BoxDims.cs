namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>The size of one box at scale 1, in EMU: what its own text needs.</summary>
internal readonly record struct BoxDims(double Width, double Height);
