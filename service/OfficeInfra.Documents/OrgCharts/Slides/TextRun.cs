namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>One paragraph of a shape's text, in one style; with a slide number, a link to that slide.</summary>
internal sealed record TextRun(string Text, double Points, string Colour, bool Bold = false, bool Italic = false, int? LinkToSlide = null);
