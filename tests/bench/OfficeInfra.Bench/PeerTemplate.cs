using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeInfra.Bench;

/// <summary>How a template spells its loop over the task rows.</summary>
public enum TemplateDialect { Handlebars, Docxtemplater }

/// <summary>
/// The benchmark's job description template: a title, a details table, a summary and a task table whose one body
/// row repeats per task. Built twice, once per dialect, so every contender fills the same document.
/// </summary>
public static class PeerTemplate
{
    /// <summary>Builds the template .docx in the given dialect.</summary>
    public static byte[] Build(TemplateDialect dialect)
    {
        var (open, close) = dialect == TemplateDialect.Handlebars
            ? ("{{#each tasks}}", "{{/each}}")
            : ("{{#tasks}}", "{{/tasks}}");
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Paragraph("{{title}}", bold: true),
                Table(
                    Row(Cell("Department"), Cell("{{department}}")),
                    Row(Cell("Reports to"), Cell("{{reportsTo}}")),
                    Row(Cell("Type"), Cell("{{type}}")),
                    Row(Cell("Holder"), Cell("{{holder}}"))),
                Paragraph("Summary", bold: true),
                Paragraph("{{summary}}"),
                Paragraph("Responsibilities", bold: true),
                Table(
                    Row(Cell("Task"), Cell("Frequency"), Cell("Tools")),
                    Row(Cell(open + "{{task}}"), Cell("{{frequency}}"), Cell("{{tools}}" + close))),
                new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                    new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440 })));
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, bool bold = false) =>
        new(new Run(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(params TableRow[] rows)
    {
        var border = new BorderType[] { new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder() };
        foreach (var b in border) { b.Val = BorderValues.Single; b.Size = 4; }
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(border.Cast<OpenXmlElement>())));
        var columns = rows[0].Elements<TableCell>().Count();
        table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9000 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(rows);
        return table;
    }

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text) =>
        new(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), Paragraph(text));
}
