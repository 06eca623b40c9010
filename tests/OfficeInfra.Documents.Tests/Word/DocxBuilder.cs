using System.IO.Compression;
using System.Text;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// Packs WordprocessingML markup into a .docx (templates for tests and the built-in ones). Written with ZipArchive
/// rather than the OpenXML SDK because the SDK names relationships at random, and the built-in templates must come
/// out the same on every run.
/// </summary>
internal static class DocxBuilder
{
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /// <summary>A document with the given body markup and the shared styles, and a header and footer (runs left and right).</summary>
    /// <param name="italics">False for a language whose script has no italics (<see cref="TemplateStyles.Xml"/>).</param>
    public static byte[] Build(string body, string headerLeft = "", string headerRight = "", string footerLeft = "", string footerRight = "", string language = "en-GB",
        bool italics = true) =>
        Pack(new Dictionary<string, string>
        {
            ["[Content_Types].xml"] =
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                $"<Override PartName=\"/word/document.xml\" ContentType=\"{Wml}document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"{Wml}styles+xml\"/>" +
                $"<Override PartName=\"/word/settings.xml\" ContentType=\"{Wml}settings+xml\"/><Override PartName=\"/word/header1.xml\" ContentType=\"{Wml}header+xml\"/>" +
                $"<Override PartName=\"/word/footer1.xml\" ContentType=\"{Wml}footer+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>",
            ["_rels/.rels"] = Relationships(($"{Rel}officeDocument", "word/document.xml"),
                ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")),
            ["docProps/core.xml"] =
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
                "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
                "<dc:creator>OfficeInfra</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:created>" +
                "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>",
            ["word/document.xml"] = WordXml.Document(body, "rIdheader", "rIdfooter"),
            ["word/_rels/document.xml.rels"] = Relationships(($"{Rel}styles", "styles.xml"), ($"{Rel}settings", "settings.xml"),
                ($"{Rel}header", "header1.xml"), ($"{Rel}footer", "footer1.xml")),
            ["word/styles.xml"] = TemplateStyles.Xml(language, italics),
            ["word/settings.xml"] =
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:settings {WordXml.Namespaces}><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>" +
                "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>",
            ["word/header1.xml"] = WordXml.HeaderFooter("hdr", headerLeft, headerRight),
            ["word/footer1.xml"] = WordXml.HeaderFooter("ftr", footerLeft, footerRight),
        });

    /// <summary>A bare document: only a body (no styles, header or footer), for engine tests.</summary>
    public static byte[] Body(string body) => Pack(new Dictionary<string, string>
    {
        ["[Content_Types].xml"] =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            $"<Override PartName=\"/word/document.xml\" ContentType=\"{Wml}document.main+xml\"/></Types>",
        ["_rels/.rels"] = Relationships(($"{Rel}officeDocument", "word/document.xml")),
        ["word/document.xml"] =
            $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {WordXml.Namespaces}><w:body>{body}<w:sectPr/></w:body></w:document>",
    });

    private static string Relationships(params (string Type, string Target)[] relationships) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        string.Concat(relationships.Select(r => $"<Relationship Id=\"rId{r.Target.Replace("/", "", StringComparison.Ordinal).Replace(".xml", "", StringComparison.Ordinal).Replace("1", "", StringComparison.Ordinal)}\" Type=\"{r.Type}\" Target=\"{r.Target}\"/>")) +
        "</Relationships>";

    private static byte[] Pack(Dictionary<string, string> parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var writer = entry.Open();
                writer.Write(Encoding.UTF8.GetBytes(xml));
            }
        }
        return stream.ToArray();
    }
}
