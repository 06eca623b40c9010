using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using OfficeInfra.Documents.Packaging;
using OfficeInfra.Documents.Workbooks;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;
using static OfficeInfra.Documents.Workbooks.SpreadsheetParts;

namespace OfficeInfra.Documents.Delegation;

/// <summary>
/// Writes <see cref="DelegationFigures"/> as <c>Delegation.xlsx</c>: three sheets, each one real Excel table
/// (filter buttons, banded rows), and a stacked bar chart of who does other roles' tasks by frequency. Written as
/// text parts into a zip with fixed timestamps, so the same registers give the same bytes.
/// </summary>
public static class DelegationWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Ct = "application/vnd.openxmlformats-officedocument.";

    // The content types of the by-person chart's parts, and of the document's properties.
    private static readonly (string, string)[] ChartTypes = [("xl/drawings/drawing1.xml", Ct + "drawing+xml"), ("xl/charts/chart1.xml", Ct + "drawingml.chart+xml")];
    private static readonly (string, string)[] PropertyTypes =
        [(DocumentProperties.CorePart, DocumentProperties.CoreType), (DocumentProperties.CustomPart, DocumentProperties.CustomType)];

    /// <summary>The workbook's bytes.</summary>
    /// <param name="properties">The controlled document's Office properties (the library's report); null for none.</param>
    public static byte[] Write(DelegationFigures figures, DocumentLanguage language, DocumentProperties? properties = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var words = DelegationWords.For(language);
        var (delegations, doers, vacant, frequencies) = Tables(figures, words, ProductWords.For(language));
        var hasChart = figures.ByDoer.Count > 0;
        string[] sheets = [words.DelegationsSheet, words.ByPersonSheet, words.VacantSheet];

        var parts = new List<(string Name, string Xml)>
        {
            ("[Content_Types].xml", ContentTypes(3, [.. hasChart ? ChartTypes : [], .. properties is null ? [] : PropertyTypes])),
            ("_rels/.rels", properties is null
                ? Relationships(("rId1", $"{Rel}/officeDocument", "xl/workbook.xml", false))
                : Relationships(("rId1", $"{Rel}/officeDocument", "xl/workbook.xml", false),
                    ("rId2", DocumentProperties.CoreRelationship, DocumentProperties.CorePart, false), ("rId3", DocumentProperties.CustomRelationship, DocumentProperties.CustomPart, false))),
            ("xl/workbook.xml", Workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", Relationships(
                ("rId1", $"{Rel}/worksheet", "worksheets/sheet1.xml", false), ("rId2", $"{Rel}/worksheet", "worksheets/sheet2.xml", false),
                ("rId3", $"{Rel}/worksheet", "worksheets/sheet3.xml", false), ("rId4", $"{Rel}/styles", "styles.xml", false))),
            ("xl/styles.xml", Styles),
            ("xl/worksheets/sheet1.xml", Sheet(delegations, [12, 55, 30, 30, 30, 30, 14], words.DocumentType, drawing: false)),
            ("xl/worksheets/sheet2.xml", Sheet(doers, [.. new double[] { 30, 30, 12 }, .. frequencies.Select(_ => 12.0)], words.DocumentType, drawing: hasChart)),
            ("xl/worksheets/sheet3.xml", Sheet(vacant, [30, 30, 12, 14, 45, 14], words.DocumentType, drawing: false)),
            ("xl/worksheets/_rels/sheet1.xml.rels", Relationships(("rId1", $"{Rel}/table", "../tables/table1.xml", false))),
            ("xl/worksheets/_rels/sheet2.xml.rels", hasChart
                ? Relationships(("rId1", $"{Rel}/table", "../tables/table2.xml", false), ("rId2", $"{Rel}/drawing", "../drawings/drawing1.xml", false))
                : Relationships(("rId1", $"{Rel}/table", "../tables/table2.xml", false))),
            ("xl/worksheets/_rels/sheet3.xml.rels", Relationships(("rId1", $"{Rel}/table", "../tables/table3.xml", false))),
            ("xl/tables/table1.xml", Table(1, "Delegations", delegations)),
            ("xl/tables/table2.xml", Table(2, "DelegationsByPerson", doers)),
            ("xl/tables/table3.xml", Table(3, "VacantRoles", vacant)),
        };
        if (properties is not null)
        {
            parts.Add((DocumentProperties.CorePart, properties.CoreXml()));
            parts.Add((DocumentProperties.CustomPart, properties.CustomXml()));
        }
        if (hasChart)
        {
            parts.Add(("xl/drawings/drawing1.xml", Drawing(doers.Count + 2)));
            parts.Add(("xl/drawings/_rels/drawing1.xml.rels", Relationships(("rId1", $"{Rel}/chart", "../charts/chart1.xml", false))));
            parts.Add(("xl/charts/chart1.xml", Chart(words.ChartTitle, sheets[1], frequencies.Count, figures.ByDoer.Count)));
        }
        return ZipPackageWriter.Write([.. parts.Select(p => ZipEntryBlob.Deflate(p.Name, Encoding.UTF8.GetBytes(p.Xml), CompressionLevel.Fastest))]);
    }

    /// <summary>The three tables' cells, and the frequencies' names in the order of the By person columns.</summary>
    private static (List<object[]> Delegations, List<object[]> Doers, List<object[]> Vacant, List<string> Frequencies) Tables(
        DelegationFigures figures, DelegationWords words, ProductWords productWords)
    {
        var frequencies = DelegationFigures.Frequencies.Select(f => productWords.Frequencies[f]).Append(words.OtherFrequency).ToList();
        var frequencyKeys = DelegationFigures.Frequencies.Select(f => DelegationFigures.FrequencyKey(Registers.Model.Frequencies.List.TextOf(f)))
            .Append(DelegationFigures.Other).ToList();

        var delegations = Rows(words.Columns, figures.Delegations.Select(d => new object[]
        {
            d.TaskId, d.Task, d.Process, d.ShouldDo, d.DoneBy, d.DoerRole,
            d.Frequency == DelegationFigures.Other ? words.OtherFrequency : frequencies[frequencyKeys.IndexOf(d.Frequency)],
        }));
        var doers = Rows([.. words.DoerColumns, .. frequencies], figures.ByDoer.Select(d =>
            new object[] { d.DoneBy, d.DoerRole, d.Tasks }.Concat(frequencyKeys.Select(k => (object)d.ByFrequency.GetValueOrDefault(k))).ToArray()));
        var vacant = Rows(words.VacantColumns, figures.VacantRoles.Select(v => new object[]
        {
            v.Role, v.Department, v.Tasks, v.Covered, productWords.Lists.Series(v.CoveredBy), v.Uncovered,
        }));
        return (delegations, doers, vacant, frequencies);
    }

    /// <summary>A table's cells: the header row, then at least one data row (Excel tables cannot be empty).</summary>
    private static List<object[]> Rows(IReadOnlyList<string> header, IEnumerable<object[]> data)
    {
        var rows = new List<object[]> { header.Cast<object>().ToArray() };
        rows.AddRange(data);
        if (rows.Count == 1)
        {
            rows.Add([.. header.Select(_ => (object)string.Empty)]);
        }
        return rows;
    }

    // Characters XML 1.0 cannot hold would make the part unreadable; register text may contain them.
    private static string Esc(string text) => SecurityElement.Escape(Registers.Writing.XmlText.Clean(text));

    private static string Ref(List<object[]> rows) => $"A1:{Column(rows[0].Length - 1)}{rows.Count.ToString(CultureInfo.InvariantCulture)}";

    /// <param name="most">Each column's widest, in characters: a longer text wraps inside its cell.</param>
    /// <param name="report">The report's name, printed at the top of every page beside the sheet's.</param>
    private static string Sheet(List<object[]> rows, IReadOnlyList<double> most, string report, bool drawing)
    {
        var widths = SheetFit.Widths(rows, most);
        var numeric = rows[0].Select((_, c) => rows.Count > 1 && rows.Skip(1).All(r => r[c] is int)).ToArray();
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"{Main}\" xmlns:r=\"{Rel}\">");
        // Printed, each sheet is one page wide in landscape (its height runs on), and every page repeats the header row.
        xml.Append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        xml.Append(CultureInfo.InvariantCulture, $"<dimension ref=\"{Ref(rows)}\"/>");
        xml.Append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        xml.Append("<cols>");
        for (var i = 0; i < widths.Length; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<col min=\"{i + 1}\" max=\"{i + 1}\" width=\"{widths[i]}\" customWidth=\"1\"/>");
        }
        xml.Append("</cols><sheetData>");
        for (var r = 0; r < rows.Count; r++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\" ht=\"{SheetFit.Height(rows[r], widths, bold: r == 0)}\" customHeight=\"1\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var at = $"{Column(c)}{(r + 1).ToString(CultureInfo.InvariantCulture)}";
                // Text is written as inline text, never as a formula, whatever it starts with.
                xml.Append(rows[r][c] is int n
                    ? string.Create(CultureInfo.InvariantCulture, $"<c r=\"{at}\" s=\"{NumberStyle}\"><v>{n}</v></c>")
                    : $"<c r=\"{at}\" s=\"{(r > 0 ? TextStyle : numeric[c] ? NumberHeaderStyle : HeaderStyle)}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{Esc(rows[r][c]?.ToString() ?? string.Empty)}</t></is></c>");
            }
            xml.Append("</row>");
        }
        // A4 (the paper of every language the report is written in), centred; each page is headed by the report's and
        // the sheet's name and numbered at the foot.
        xml.Append("</sheetData><printOptions horizontalCentered=\"1\"/>");
        xml.Append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        xml.Append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        xml.Append("<headerFooter><oddHeader>").Append(Esc("&L&\"-,Bold\"" + report.Replace("&", "&&", StringComparison.Ordinal) + "&R&A"))
            .Append("</oddHeader><oddFooter>").Append(Esc("&C&P / &N")).Append("</oddFooter></headerFooter>");
        if (drawing)
        {
            xml.Append("<drawing r:id=\"rId2\"/>");
        }
        xml.Append("<tableParts count=\"1\"><tablePart r:id=\"rId1\"/></tableParts></worksheet>");
        return xml.ToString();
    }

    private static string Table(int id, string name, List<object[]> rows)
    {
        var reference = Ref(rows);
        var columns = string.Concat(rows[0].Select((h, i) => $"<tableColumn id=\"{(i + 1).ToString(CultureInfo.InvariantCulture)}\" name=\"{Esc(h.ToString()!)}\"/>"));
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><table xmlns=\"{Main}\" id=\"{id.ToString(CultureInfo.InvariantCulture)}\" name=\"{name}\" displayName=\"{name}\" ref=\"{reference}\">" +
            $"<autoFilter ref=\"{reference}\"/><tableColumns count=\"{rows[0].Length.ToString(CultureInfo.InvariantCulture)}\">{columns}</tableColumns>" +
            "<tableStyleInfo name=\"TableStyleMedium2\" showFirstColumn=\"0\" showLastColumn=\"0\" showRowStripes=\"1\" showColumnStripes=\"0\"/></table>";
    }

    private static string Drawing(int fromRow) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" " +
        $"xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"{Rel}\" xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">" +
        $"<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{fromRow.ToString(CultureInfo.InvariantCulture)}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
        $"<xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{(fromRow + 20).ToString(CultureInfo.InvariantCulture)}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
        "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"2\" name=\"Chart 1\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
        "<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">" +
        "<c:chart r:id=\"rId1\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>";

    // Each frequency's own colour, from most to least often; the workbook has no theme whose colours a chart could use.
    private static readonly string[] SeriesColours = ["1F3864", "2E75B6", "9DC3E6", "548235", "A9D18E", "BF9000", "A5A5A5"];

    /// <summary>A stacked bar per person or role: one series per frequency, read from the By person table.</summary>
    private static string Chart(string title, string sheet, int frequencies, int doers)
    {
        var quoted = "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
        var last = (doers + 1).ToString(CultureInfo.InvariantCulture);
        var series = new StringBuilder();
        for (var i = 0; i < frequencies; i++)
        {
            var column = Column(3 + i);
            var n = i.ToString(CultureInfo.InvariantCulture);
            series.Append(CultureInfo.InvariantCulture,
                $"<c:ser><c:idx val=\"{n}\"/><c:order val=\"{n}\"/><c:tx><c:strRef><c:f>{Esc(quoted)}!${column}$1</c:f></c:strRef></c:tx>" +
                $"<c:spPr><a:solidFill><a:srgbClr val=\"{SeriesColours[i % SeriesColours.Length]}\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>" +
                $"<c:cat><c:strRef><c:f>{Esc(quoted)}!$A$2:$A${last}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>{Esc(quoted)}!${column}$2:${column}${last}</c:f></c:numRef></c:val></c:ser>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" " +
            $"xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"{Rel}\"><c:chart>" +
            $"<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{Esc(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>" +
            "<c:plotArea><c:layout/><c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>" + series +
            "<c:gapWidth val=\"60\"/><c:overlap val=\"100\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>" +
            "<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:crossAx val=\"2\"/></c:catAx>" +
            "<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:majorGridlines/>" +
            "<c:numFmt formatCode=\"0\" sourceLinked=\"0\"/><c:crossAx val=\"1\"/><c:majorUnit val=\"1\"/></c:valAx></c:plotArea>" +
            "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/></c:chart></c:chartSpace>";
    }

    private static string Workbook(string[] sheets) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets>" +
        string.Concat(sheets.Select((s, i) => $"<sheet name=\"{Esc(s)}\" sheetId=\"{(i + 1).ToString(CultureInfo.InvariantCulture)}\" r:id=\"rId{(i + 1).ToString(CultureInfo.InvariantCulture)}\"/>")) +
        "</sheets><definedNames>" +
        string.Concat(sheets.Select((s, i) => $"<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i.ToString(CultureInfo.InvariantCulture)}\">{Esc($"'{s.Replace("'", "''", StringComparison.Ordinal)}'!$1:$1")}</definedName>")) +
        "</definedNames></workbook>";

    // Cell formats of styles.xml: the header (bold white on dark blue, wrapped), text (wrapped, at the top), numbers
    // and their header (centred), each with a thin rule, so the sheet prints as a table in any program (LibreOffice
    // does not draw Excel's table styles) and a long header wraps instead of running into the next.
    private const int HeaderStyle = 1, TextStyle = 2, NumberStyle = 3, NumberHeaderStyle = 4;

    private const string Rule = "<left style=\"thin\"><color rgb=\"FFB4C6E7\"/></left><right style=\"thin\"><color rgb=\"FFB4C6E7\"/></right>" +
        "<top style=\"thin\"><color rgb=\"FFB4C6E7\"/></top><bottom style=\"thin\"><color rgb=\"FFB4C6E7\"/></bottom><diagonal/>";

    private const string Styles =
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"{Main}\">" +
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>" +
        "<font><b/><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>" +
        "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>" +
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF1F3864\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>" +
        $"<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>{Rule}</border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>" +
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>" +
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>" +
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf></cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}
