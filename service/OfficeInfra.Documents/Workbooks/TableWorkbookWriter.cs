using System.Globalization;
using System.IO.Compression;
using System.Text;
using OfficeInfra.Documents.Packaging;
using static OfficeInfra.Documents.OrgCharts.Slides.XmlNumbers;
using static OfficeInfra.Registers.Writing.XmlText;
using static OfficeInfra.Documents.Workbooks.SpreadsheetParts;

namespace OfficeInfra.Documents.Workbooks;

/// <summary>
/// Writes an .xlsx of sheets that each hold one real Excel table (filter buttons, banded rows, a frozen header),
/// with wrapped text in rows tall enough for it, links to other documents of the library and the document's
/// properties; printed, each sheet is one page wide in landscape with its header row on every page. The parts are written
/// as text with fixed ids and zipped with a fixed timestamp, so the same tables always give byte-identical files.
/// </summary>
public static class TableWorkbookWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Cell formats of styles.xml: 1 wrapped text at the top, 2 bold header, 3 a link.
    private const int Wrapped = 1, Header = 2, Link = 3;

    /// <summary>The workbook of <paramref name="sheets"/>, a controlled document with its Office properties.</summary>
    public static byte[] Write(IReadOnlyList<TableSheet> sheets, DocumentProperties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return Write(sheets, properties.CoreXml(), properties.CustomXml());
    }

    /// <summary>The workbook of <paramref name="sheets"/>, a file that is no controlled document: only its title and creator.</summary>
    public static byte[] Write(IReadOnlyList<TableSheet> sheets, string title) => Write(sheets, DocumentProperties.CoreXml(title), null);

    private static byte[] Write(IReadOnlyList<TableSheet> sheets, string core, string? custom)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var entries = new List<ZipEntryBlob>
        {
            Entry("[Content_Types].xml", ContentTypes(sheets.Count, custom is null
                ? [(DocumentProperties.CorePart, DocumentProperties.CoreType)]
                : [(DocumentProperties.CorePart, DocumentProperties.CoreType), (DocumentProperties.CustomPart, DocumentProperties.CustomType)])),
            Entry("_rels/.rels", custom is null
                ? Relationships(("rId1", Rel + "/officeDocument", "xl/workbook.xml", false),
                    ("rId2", DocumentProperties.CoreRelationship, DocumentProperties.CorePart, false))
                : Relationships(("rId1", Rel + "/officeDocument", "xl/workbook.xml", false),
                    ("rId2", DocumentProperties.CoreRelationship, DocumentProperties.CorePart, false),
                    ("rId3", DocumentProperties.CustomRelationship, DocumentProperties.CustomPart, false))),
            Entry("xl/workbook.xml", Workbook(sheets)),
            Entry("xl/_rels/workbook.xml.rels", Relationships(
                [.. sheets.Select((_, i) => ($"rId{i + 1}", Rel + "/worksheet", $"worksheets/sheet{i + 1}.xml", false)),
                 ($"rId{sheets.Count + 1}", Rel + "/styles", "styles.xml", false)])),
            Entry("xl/styles.xml", Styles),
            Entry(DocumentProperties.CorePart, core),
        };
        if (custom is not null)
        {
            entries.Add(Entry(DocumentProperties.CustomPart, custom));
        }
        for (var i = 0; i < sheets.Count; i++)
        {
            var links = new List<string>();
            entries.Add(Entry($"xl/worksheets/sheet{i + 1}.xml", Worksheet(sheets[i], i == 0, links)));
            entries.Add(Entry($"xl/worksheets/_rels/sheet{i + 1}.xml.rels", Relationships(
                [("rIdT", Rel + "/table", $"../tables/table{i + 1}.xml", false),
                 .. links.Select((target, n) => ($"rIdL{n + 1}", Rel + "/hyperlink", target, true))])));
            entries.Add(Entry($"xl/tables/table{i + 1}.xml", Table(sheets[i], i + 1)));
        }
        return ZipPackageWriter.Write(entries);
    }

    private static ZipEntryBlob Entry(string name, string xml) => ZipEntryBlob.Deflate(name, Utf8.GetBytes(xml), CompressionLevel.Fastest);

    private static string Workbook(IReadOnlyList<TableSheet> sheets)
    {
        var xml = new StringBuilder(Declaration).Append("<workbook xmlns=\"").Append(Main).Append("\" xmlns:r=\"").Append(Rel)
            .Append("\"><bookViews><workbookView/></bookViews><sheets>");
        for (var i = 0; i < sheets.Count; i++)
        {
            xml.Append("<sheet name=\"").Append(Escape(sheets[i].Sheet)).Append("\" sheetId=\"").Append(Int(i + 1))
                .Append("\" r:id=\"rId").Append(Int(i + 1)).Append("\"/>");
        }
        xml.Append("</sheets><definedNames>");
        for (var i = 0; i < sheets.Count; i++)
        {
            xml.Append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").Append(Int(i)).Append("\">'")
                .Append(Escape(sheets[i].Sheet.Replace("'", "''", StringComparison.Ordinal))).Append("'!$1:$1</definedName>");
        }
        return xml.Append("</definedNames></workbook>").ToString();
    }

    private static string Worksheet(TableSheet sheet, bool selected, List<string> links)
    {
        var last = Column(sheet.Headers.Count - 1);
        var lastRow = Math.Max(2, sheet.Rows.Count + 1);
        var xml = new StringBuilder(Declaration).Append("<worksheet xmlns=\"").Append(Main).Append("\" xmlns:r=\"").Append(Rel).Append("\">")
            .Append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
            .Append("<dimension ref=\"A1:").Append(last).Append(Int(lastRow)).Append("\"/>")
            .Append("<sheetViews><sheetView workbookViewId=\"0\"").Append(selected ? " tabSelected=\"1\"" : string.Empty)
            .Append("><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>")
            .Append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (var c = 0; c < sheet.Widths.Count; c++)
        {
            xml.Append("<col min=\"").Append(Int(c + 1)).Append("\" max=\"").Append(Int(c + 1)).Append("\" width=\"")
                .Append(sheet.Widths[c].ToString(CultureInfo.InvariantCulture)).Append("\" customWidth=\"1\"/>");
        }
        xml.Append("</cols><sheetData>");
        Row(xml, 1, sheet.Headers.Select(h => new TableCell(h)).ToList(), Header, null, null);
        var cellLinks = new List<(string Cell, string Target)>();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            Row(xml, r + 2, sheet.Rows[r], Wrapped, cellLinks, sheet.Widths);
        }
        xml.Append("</sheetData>");
        if (cellLinks.Count > 0)
        {
            xml.Append("<hyperlinks>");
            foreach (var (cell, target) in cellLinks)
            {
                links.Add(target);
                xml.Append("<hyperlink ref=\"").Append(cell).Append("\" r:id=\"rIdL").Append(Int(links.Count)).Append("\"/>");
            }
            xml.Append("</hyperlinks>");
        }
        return xml.Append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
            .Append("<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
            .Append("<tableParts count=\"1\"><tablePart r:id=\"rIdT\"/></tableParts></worksheet>").ToString();
    }

    private static void Row(StringBuilder xml, int number, IReadOnlyList<TableCell> cells, int style, List<(string, string)>? links,
        IReadOnlyList<double>? widths)
    {
        xml.Append("<row r=\"").Append(Int(number)).Append('"');
        if (widths is not null && Lines(cells, widths) is > 1 and var lines)
        {
            // Set, not left to the application: Excel fits a row to its wrapped text on opening, LibreOffice does not.
            xml.Append(" ht=\"").Append(Int(lines * LineHeight)).Append("\" customHeight=\"1\"");
        }
        xml.Append('>');
        for (var c = 0; c < cells.Count; c++)
        {
            if (string.IsNullOrEmpty(cells[c].Text))
            {
                continue;
            }
            var reference = Column(c) + Int(number);
            var linked = cells[c].Link is not null && links is not null;
            if (linked)
            {
                links!.Add((reference, RelativeUri(cells[c].Link!)));
            }
            // Inline strings keep each cell's text with its cell; nothing is a formula, so "=SUM(…)" stays text.
            xml.Append("<c r=\"").Append(reference).Append("\" s=\"").Append(Int(linked ? Link : style)).Append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                .Append(Escape(Cut(cells[c].Text!))).Append("</t></is></c>");
        }
        xml.Append("</row>");
    }

    // Calibri 11's line, in points.
    private const int LineHeight = 15;

    /// <summary>
    /// The lines the row's tallest cell wraps to: its text's width over its column's, a column's width being the
    /// number of digits it holds, an East Asian character two of them.
    /// </summary>
    private static int Lines(IReadOnlyList<TableCell> cells, IReadOnlyList<double> widths)
    {
        var most = 1;
        for (var c = 0; c < cells.Count && c < widths.Count; c++)
        {
            var room = Math.Max(1, widths[c] - 2);
            var lines = Registers.Writing.XmlText.Lines(cells[c].Text ?? string.Empty)
                .Sum(line => Math.Max(1, (int)Math.Ceiling(line.Sum(ch => ch >= '\u2E80' ? 2 : 1) / room)));
            most = Math.Max(most, lines);
        }
        return most;
    }

    private static string Table(TableSheet sheet, int id)
    {
        var reference = $"A1:{Column(sheet.Headers.Count - 1)}{Int(Math.Max(2, sheet.Rows.Count + 1))}";
        var xml = new StringBuilder(Declaration).Append("<table xmlns=\"").Append(Main).Append("\" id=\"").Append(Int(id)).Append("\" name=\"")
            .Append(sheet.Table).Append("\" displayName=\"").Append(sheet.Table).Append("\" ref=\"").Append(reference)
            .Append("\" totalsRowShown=\"0\"><autoFilter ref=\"").Append(reference).Append("\"/><tableColumns count=\"")
            .Append(Int(sheet.Headers.Count)).Append("\">");
        for (var c = 0; c < sheet.Headers.Count; c++)
        {
            xml.Append("<tableColumn id=\"").Append(Int(c + 1)).Append("\" name=\"").Append(Escape(sheet.Headers[c])).Append("\"/>");
        }
        return xml.Append("</tableColumns><tableStyleInfo name=\"TableStyleMedium2\" showFirstColumn=\"0\" showLastColumn=\"0\" ")
            .Append("showRowStripes=\"1\" showColumnStripes=\"0\"/></table>").ToString();
    }

    // A link to another document of the library, relative to this workbook at the library's root; each segment escaped.
    private static string RelativeUri(string path) => Escape(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));

    // Excel keeps at most 32,767 characters in a cell.
    private static string Cut(string text) => text.Length <= 32_767 ? text : text[..32_767];

    private const string Styles = Declaration + "<styleSheet xmlns=\"" + Main + "\">" +
        "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>" +
        "<font><u/><sz val=\"11\"/><color rgb=\"FF0563C1\"/><name val=\"Calibri\"/></font></fonts>" +
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
        "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>" +
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>" +
        "<xf numFmtId=\"49\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}
