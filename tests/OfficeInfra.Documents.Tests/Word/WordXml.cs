using System.Security;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>Small builders for WordprocessingML markup, so that templates read as their layout.</summary>
internal static class WordXml
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    public static string Esc(string text) => SecurityElement.Escape(text);

    /// <summary>A run; <paramref name="props"/> is run-property markup such as <c>&lt;w:b/&gt;</c>.</summary>
    public static string R(string text, string props = "") =>
        $"<w:r>{(props.Length > 0 ? $"<w:rPr>{props}</w:rPr>" : "")}<w:t xml:space=\"preserve\">{Esc(text)}</w:t></w:r>";

    public static string P(string style, params string[] runs) =>
        $"<w:p>{(style.Length > 0 ? $"<w:pPr><w:pStyle w:val=\"{style}\"/>{(KeepStyles.Contains(style) ? "<w:keepNext/>" : "")}</w:pPr>" : "")}{string.Concat(runs)}</w:p>";

    // The styles that keep with what follows carry keep-with-next on the paragraph too: LibreOffice keeps a table with
    // the paragraph after it only when its paragraphs say so themselves, not through their style, and a paragraph
    // that says so keeps saying so after HR restyles the template.
    private static readonly HashSet<string> KeepStyles = ["Heading1", "Heading2", "LeadIn", "TableHeading", "TableLabel", "TableTextKeep"];

    /// <summary>A paragraph holding plain text in the given style.</summary>
    public static string Pt(string style, string text) => P(style, R(text));

    public static string Cell(int width, string content, string? fill = null) =>
        $"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{(fill is null ? "" : $"<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{fill}\"/>")}</w:tcPr>{content}</w:tc>";

    public static string Row(string cells, bool header = false) =>
        $"<w:tr>{(header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")}{cells}</w:tr>";

    public static string Table(int[] widths, params string[] rows)
    {
        var grid = string.Concat(widths.Select(w => $"<w:gridCol w:w=\"{w}\"/>"));
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"OfficeInfraTable\"/>" +
            $"<w:tblW w:w=\"{widths.Sum()}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\"/></w:tblPr>" +
            $"<w:tblGrid>{grid}</w:tblGrid>{string.Concat(rows)}</w:tbl>";
    }

    /// <summary>A header row: dark fill, white bold text, repeated on every page.</summary>
    public static string HeaderRow(int[] widths, params string[] labels) =>
        Row(string.Concat(widths.Select((w, i) => Cell(w, P("TableHeading", R(labels[i])), "1F3864"))), header: true);

    /// <summary>A row of body cells, each holding one paragraph of the given runs.</summary>
    public static string BodyRow(int[] widths, params string[] cellRuns) => BodyRow(widths, cellRuns, "TableText");

    /// <summary>A row of body cells in the given paragraph style (<c>TableTextKeep</c> keeps the row with what follows).</summary>
    public static string BodyRow(int[] widths, string[] cellRuns, string style) =>
        Row(string.Concat(widths.Select((w, i) => Cell(w, P(style, cellRuns[i])))));

    /// <summary>A label/value table: labels shaded in the first column.</summary>
    public static string DetailsTable(params (string Label, string ValueRuns)[] rows)
    {
        int[] widths = [2600, 7038];
        return Table(widths, [.. rows.Select(r => Row(
            Cell(widths[0], P("TableLabel", R(r.Label)), "E8EEF7") + Cell(widths[1], P("TableText", r.ValueRuns))))]);
    }

    public static string Document(string body, string headerId, string footerId) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {Namespaces}><w:body>{body}" +
        $"<w:sectPr><w:headerReference w:type=\"default\" r:id=\"{headerId}\"/><w:footerReference w:type=\"default\" r:id=\"{footerId}\"/>" +
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1304\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>" +
        "</w:body></w:document>";

    /// <summary>A header or footer: text on the left, text on the right (at a right tab stop), a rule between it and the page.</summary>
    public static string HeaderFooter(string element, string left, string right)
    {
        var style = element == "hdr" ? "Header" : "Footer";
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:{element} {Namespaces}>" +
            $"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{left}<w:r><w:tab/></w:r>{right}</w:p></w:{element}>";
    }
}
