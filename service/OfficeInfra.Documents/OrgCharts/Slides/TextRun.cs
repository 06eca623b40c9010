namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>One paragraph of a shape's text, in one style.</summary>
internal sealed record TextRun(string Text, double Points, string Colour, bool Bold = false, bool Italic = false);
