using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace OfficeInfra.Testing;

/// <summary>
/// Writes workbooks too big to build as a DOM: the few parts an .xlsx needs, each sheet streamed with an XmlWriter
/// straight into its zip entry, cells as inline strings. For tests of big and hostile sheets.
/// </summary>
public static class StreamedWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The workbook as bytes.</summary>
    public static byte[] Create(params StreamedSheet[] sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
            Text(zip, "_rels/.rels", Relationships(("rId1", "officeDocument", "xl/workbook.xml")));
            Text(zip, "xl/workbook.xml", $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets>" +
                string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) + "</sheets></workbook>");
            Text(zip, "xl/_rels/workbook.xml.rels",
                Relationships([.. sheets.Select((_, i) => ($"rId{i + 1}", "worksheet", $"worksheets/sheet{i + 1}.xml"))]));
            for (var i = 0; i < sheets.Length; i++)
            {
                using var entry = zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml", CompressionLevel.Fastest).Open();
                using var xml = XmlWriter.Create(entry, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
                xml.WriteStartElement("worksheet", Main);
                xml.WriteStartElement("sheetData", Main);
                sheets[i].WriteRows(xml);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
        }
        return stream.ToArray();
    }

    /// <summary>The Departments, Roles and Processes registers with one row each (Ops, Boss, Opening), and the given Tasks sheet.</summary>
    public static byte[] WithTasks(Action<XmlWriter> writeTaskRows) => Create(
        new StreamedSheet("Departments", x => { Row(x, 1, "Department"); Row(x, 2, "Ops"); }),
        new StreamedSheet("Roles", x => { Row(x, 1, "Role", "Department"); Row(x, 2, "Boss", "Ops"); }),
        new StreamedSheet("Tasks", writeTaskRows),
        new StreamedSheet("Processes", x => { Row(x, 1, "Process", "Department"); Row(x, 2, "Opening", "Ops"); }));

    /// <summary>Writes a row of inline-string cells from column A (a null value writes no cell).</summary>
    public static void Row(XmlWriter xml, int row, params string?[] values)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(values);
        var number = row.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", number);
        for (var c = 0; c < values.Length; c++)
        {
            if (values[c] is not { } value)
            {
                continue;
            }
            xml.WriteStartElement("c", Main);
            xml.WriteAttributeString("r", OfficeInfra.Registers.Findings.CellReference.ColumnLetters(c) + number);
            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement("is", Main);
            xml.WriteElementString("t", Main, value);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    private static string Relationships(params (string Id, string Type, string Target)[] relationships) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{Rel}/{r.Type}\" Target=\"{r.Target}\"/>")) +
        "</Relationships>";
}
