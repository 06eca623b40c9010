namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>A chart page with its layout and the scale at which the layout fits the slide's chart area.</summary>
internal sealed record FittedPage(OrgChartPage Page, ChartLayout Layout, double Scale);
