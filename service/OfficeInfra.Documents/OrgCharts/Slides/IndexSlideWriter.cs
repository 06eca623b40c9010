namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>The contents slide: one linked line per chart and per large team continued on its own slides.</summary>
internal static class IndexSlideWriter
{
    /// <summary>One line: its text, the slide it links to, and its indent (0 a chart, 1 a team within it).</summary>
    public sealed record Entry(string Text, int Slide, int Level);

    private const int PerColumn = 18;

    public static SlideCanvas Write(string title, IReadOnlyList<Entry> entries, ChartWords words)
    {
        var canvas = new SlideCanvas(words.RunLanguage);
        SlideDecor.AddTitle(canvas, title, string.Empty);
        var area = ChartSlideWriter.ChartArea;
        var columns = entries.Chunk(PerColumn).ToList();
        var width = area.Width / Math.Max(1, columns.Count);
        for (var c = 0; c < columns.Count; c++)
        {
            canvas.AddShape($"Contents {c + 1}", new Rect(area.X + (c * width), area.Y, width - 100_000, area.Height), "rect", null, null, 0,
                columns[c].Select(e => new TextRun((e.Level == 0 ? string.Empty : "    ") + e.Text, e.Level == 0 ? 14 : 12,
                    Palette.Link, Bold: e.Level == 0, LinkToSlide: e.Slide)).ToList(), align: "l", anchor: "t");
        }
        return canvas;
    }
}
