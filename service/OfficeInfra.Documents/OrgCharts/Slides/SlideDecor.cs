using OfficeInfra.Documents.OrgCharts.Text;

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

    /// <summary>The legend: each role type's badge and name, and the vacant sample, each label as wide as its words.</summary>
    public static void AddLegend(SlideCanvas canvas, ChartWords words)
    {
        const double Diameter = 190_000, Gap = 40_000, Spacing = 200_000, Size = 10;
        var band = LegendBand;
        var x = band.X;
        double Label(string name, string text, string colour, bool bold = false)
        {
            var width = Math.Ceiling(TextMeasure.Width(text, Size, bold) * 12_700) + (2 * BoxSize.Inset);
            canvas.AddShape(name, new Rect(x, band.Y, width, band.Height), "rect", null, null, 0,
                [new TextRun(text, Size, colour, Bold: bold)], align: "l");
            return width;
        }
        x += Label("Legend: heading", words.LegendHeading, Palette.SecondaryText, bold: true) + Gap;
        foreach (var type in Palette.RoleTypes)
        {
            canvas.AddShape($"Legend: {Palette.NameOf(type)} circle", new Rect(x, band.Y + ((band.Height - Diameter) / 2), Diameter, Diameter),
                "ellipse", Palette.ColourOf(type), null, 0, [new TextRun(words.TypeLetter(type), BoxText.Floor, "FFFFFF", Bold: true)], inset: 0);
            x += Diameter + Gap;
            x += Label($"Legend: {Palette.NameOf(type)}", words.RoleType(type), Palette.SecondaryText) + Spacing;
        }
        canvas.AddShape("Legend: vacant sample", new Rect(x, band.Y + 50_000, 360_000, band.Height - 100_000), "roundRect",
            Palette.BoxFill, Palette.VacantRed, 28_575, []);
        x += 360_000 + Gap;
        Label("Legend: vacant", words.LegendVacant, Palette.VacantRed);
    }
}
