using System.Globalization;
using OfficeInfra.Documents.Control;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>The deck's opening slide: the organisation's name, what the deck shows, the date, and the document
/// control block (ID, version, dates, owner, approval line and the newest history rows) at the foot.</summary>
internal static class TitleSlideWriter
{
    // The title slide has room for this many history rows; the library's records keep all of them.
    private const int HistoryRows = 4;

    /// <param name="documentType">What the deck is, under the organisation's name.</param>
    public static SlideCanvas Write(string organisation, string detail, string date, DocumentControl control,
        string documentType = ChartWords.OrganisationChart)
    {
        var canvas = new SlideCanvas();
        var width = SlideCanvas.SlideWidth - 1_600_000;
        canvas.AddShape("Band", new Rect(0, 2_300_000, SlideCanvas.SlideWidth, 60_000), "rect", Palette.HeaderFill, null, 0, []);
        canvas.AddShape("Title", new Rect(800_000, 1_000_000, width, 1_200_000), "rect", null, null, 0,
            [new TextRun(organisation, 40, Palette.TitleText, Bold: true)], align: "l", anchor: "b", titlePlaceholder: true);
        canvas.AddShape("Subtitle", new Rect(800_000, 2_500_000, width, 1_400_000), "rect", null, null, 0,
            [new TextRun(documentType, 24, Palette.SecondaryText), new TextRun(detail, 16, Palette.SecondaryText),
             new TextRun(date, 14, Palette.SecondaryText, Italic: true)], align: "l", anchor: "t");
        canvas.AddShape("Document control", new Rect(800_000, 4_300_000, width, 2_100_000), "rect", null, Palette.SecondaryText, 6_350,
            [.. Lines(control)], align: "l", anchor: "t");
        return canvas;
    }

    private static IEnumerable<TextRun> Lines(DocumentControl control)
    {
        yield return new TextRun(
            $"Document {control.Id}   ·   Version {Number(control.Version)}   ·   Effective {Date(control.Effective)}   ·   Next review {Date(control.Review)}",
            11, Palette.TitleText, Bold: true);
        var approver = control.Approver.Length > 0 ? control.Approver : "______________________   Date: ____________";
        yield return new TextRun($"Owner: {control.Owner}   ·   Approved by: {approver}", 11, Palette.TitleText);
        foreach (var row in control.History.Take(HistoryRows))
        {
            yield return new TextRun($"v{Number(row.Version)}  {Date(row.Date)}  {row.Change}", 10, Palette.SecondaryText);
        }
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
