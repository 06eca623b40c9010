namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>The deck's opening slide: the organisation's name, what the deck shows, and the date.</summary>
internal static class TitleSlideWriter
{
    public static SlideCanvas Write(string organisation, string detail, string date)
    {
        var canvas = new SlideCanvas();
        var width = SlideCanvas.SlideWidth - 1_600_000;
        canvas.AddShape("Band", new Rect(0, 2_300_000, SlideCanvas.SlideWidth, 60_000), "rect", Palette.HeaderFill, null, 0, []);
        canvas.AddShape("Title", new Rect(800_000, 1_000_000, width, 1_200_000), "rect", null, null, 0,
            [new TextRun(organisation, 40, Palette.TitleText, Bold: true)], align: "l", anchor: "b", titlePlaceholder: true);
        canvas.AddShape("Subtitle", new Rect(800_000, 2_500_000, width, 1_400_000), "rect", null, null, 0,
            [new TextRun(ChartWords.OrganisationChart, 24, Palette.SecondaryText), new TextRun(detail, 16, Palette.SecondaryText),
             new TextRun(date, 14, Palette.SecondaryText, Italic: true)], align: "l", anchor: "t");
        return canvas;
    }
}
