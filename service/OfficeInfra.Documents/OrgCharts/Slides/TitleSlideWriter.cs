using System.Globalization;
using OfficeInfra.Documents.Control;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>The deck's opening slide: the organisation's name, what the deck shows, the date, and the document
/// control block as the job descriptions and SOPs carry it (document ID, version, effective and next review dates,
/// owner, approval line) with the newest rows of the revision history, in the deck's language.</summary>
internal static class TitleSlideWriter
{
    // The title slide has room for this many history rows; the library's records keep all of them.
    private const int HistoryRows = 4;

    private const double Left = 800_000, Row = 290_000, TableFont = 11;

    /// <param name="documentType">What the deck is, under the organisation's name (default: an organisation chart).</param>
    /// <param name="words">The deck's language (default English).</param>
    public static SlideCanvas Write(string organisation, string detail, string date, DocumentControl control,
        string? documentType = null, ChartWords? words = null)
    {
        words ??= ChartWords.English;
        documentType ??= words.OrganisationChart;
        var canvas = new SlideCanvas(words.RunLanguage);
        var width = SlideCanvas.SlideWidth - (2 * Left);
        canvas.AddShape("Band", new Rect(0, 2_300_000, SlideCanvas.SlideWidth, 60_000), "rect", Palette.HeaderFill, null, 0, []);
        canvas.AddShape("Title", new Rect(Left, 1_000_000, width, 1_200_000), "rect", null, null, 0,
            [new TextRun(organisation, 40, Palette.TitleText, Bold: true)], align: "l", anchor: "b", titlePlaceholder: true);
        canvas.AddShape("Subtitle", new Rect(Left, 2_450_000, width, 1_150_000), "rect", null, null, 0,
            [new TextRun(documentType, 24, Palette.SecondaryText), new TextRun(detail, 16, Palette.SecondaryText),
             new TextRun(date, 14, Palette.SecondaryText, Italic: true)], align: "l", anchor: "t");
        var top = 3_700_000.0;
        var label = width * 0.17;
        var value = (width / 2) - label;
        canvas.AddRaw(id => SlideTable.Xml(id, "Document control", Left, top, [label, value, label, value], Control(control, words),
            Row, TableFont, words.RunLanguage));
        var history = control.History.Take(HistoryRows).ToList();
        if (history.Count > 0)
        {
            top += (3 * Row) + 120_000;
            var number = width * 0.1;
            var dateColumn = width * 0.2;
            canvas.AddRaw(id => SlideTable.Xml(id, "Revision history", Left, top, [number, dateColumn, width - number - dateColumn],
                [Header(words.Version, words.Effective, words.WhatChanged),
                 .. history.Select(r => Plain(Number(r.Version), words.Date(r.Date), words.Product.HistoryRow(r.Change)))],
                Row * 0.9, TableFont - 1, words.RunLanguage));
        }
        return canvas;
    }

    // Labels in bold on a light band, as the Word documents' control block shows them.
    private static List<IReadOnlyList<SlideTable.Cell>> Control(DocumentControl control, ChartWords words)
    {
        var approver = control.Approver.Length > 0 ? control.Approver : $"____________________   {words.SignatureDate}: ____________";
        return
        [
            [Label(words.DocumentId), Value(control.Id), Label(words.Effective), Value(words.Date(control.Effective))],
            [Label(words.Version), Value(Number(control.Version)), Label(words.NextReview), Value(words.Date(control.Review))],
            [Label(words.Owner), Value(control.Owner), Label(words.ApprovedBy), Value(approver)],
        ];
    }

    private static SlideTable.Cell Label(string text) => new(text, Bold: true, Fill: Palette.BandFill);

    private static SlideTable.Cell Value(string text) => new(text, Fill: "FFFFFF");

    private static List<SlideTable.Cell> Header(params string[] texts) =>
        texts.Select(t => new SlideTable.Cell(t, Bold: true, Colour: "FFFFFF", Fill: Palette.HeaderFill)).ToList();

    private static List<SlideTable.Cell> Plain(params string[] texts) =>
        texts.Select(t => new SlideTable.Cell(t, Colour: Palette.SecondaryText, Fill: "FFFFFF")).ToList();

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
