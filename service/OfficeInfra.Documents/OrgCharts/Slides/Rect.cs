namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>A rectangle on the slide, in EMU.</summary>
internal readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;
}
