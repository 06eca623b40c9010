namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>The parts every chart slide shares: the title block and the legend.</summary>
internal static class SlideDecor
{
    /// <summary>The legend's band at the foot of the slide.</summary>
    public static Rect LegendBand { get; } = new(300_000, 6_340_000, SlideCanvas.SlideWidth - 600_000, 300_000);

    /// <summary>The slide's title in its title placeholder, and a line under it (a link back when it names a slide).</summary>
    public static void AddTitle(SlideCanvas canvas, string title, string subtitle, int? backTo = null)
    {
        canvas.AddShape("Title", new Rect(300_000, 150_000, SlideCanvas.SlideWidth - 600_000, 560_000), "rect", null, null, 0,
            [new TextRun(title, 24, Palette.TitleText, Bold: true)], align: "l", anchor: "b", titlePlaceholder: true);
        canvas.AddShape("Subtitle", new Rect(300_000, 710_000, SlideCanvas.SlideWidth - 600_000, 280_000), "rect", null, null, 0,
            [new TextRun(subtitle, 12, backTo is null ? Palette.SecondaryText : Palette.Link, LinkToSlide: backTo)], align: "l", anchor: "t",
            linkToSlide: backTo);
    }

    public static void AddLegend(SlideCanvas canvas)
    {
        var band = LegendBand;
        var x = band.X;
        canvas.AddShape("Legend: heading", new Rect(x, band.Y, 900_000, band.Height), "rect", null, null, 0,
            [new TextRun(ChartWords.LegendHeading, 10, Palette.SecondaryText, Bold: true)], align: "l");
        x += 900_000;
        const double Diameter = 190_000;
        foreach (var type in Palette.RoleTypes)
        {
            canvas.AddShape($"Legend: {Palette.NameOf(type)} circle", new Rect(x, band.Y + ((band.Height - Diameter) / 2), Diameter, Diameter),
                "ellipse", Palette.ColourOf(type), null, 0, [new TextRun(ChartWords.TypeLetter(type), BoxText.Floor, "FFFFFF", Bold: true)], inset: 0);
            canvas.AddShape($"Legend: {Palette.NameOf(type)}", new Rect(x + Diameter + 40_000, band.Y, 1_100_000, band.Height), "rect", null, null, 0,
                [new TextRun(Palette.NameOf(type), 10, Palette.SecondaryText)], align: "l");
            x += Diameter + 40_000 + 1_100_000 + 60_000;
        }
        canvas.AddShape("Legend: vacant sample", new Rect(x + 200_000, band.Y + 50_000, 360_000, band.Height - 100_000), "roundRect",
            Palette.BoxFill, Palette.VacantRed, 28_575, []);
        canvas.AddShape("Legend: vacant", new Rect(x + 600_000, band.Y, 2_000_000, band.Height), "rect", null, null, 0,
            [new TextRun(ChartWords.LegendVacant, 10, Palette.VacantRed)], align: "l");
    }
}
