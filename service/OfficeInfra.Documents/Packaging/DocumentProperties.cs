using System.Globalization;
using System.Text;
using OfficeInfra.Documents.Control;

namespace OfficeInfra.Documents.Packaging;

/// <summary>
/// The Office properties of a controlled document (SPEC §3a): core Title, Subject (the document type) and Category
/// (the department), and custom DocumentId, Version, EffectiveDate, ReviewDate and Owner, which SharePoint promotes
/// into library columns of the same names and Windows search indexes. Written from the control block, so they change
/// only when the document does.
/// </summary>
public sealed record DocumentProperties(string Title, string Subject, string Category, DocumentControl Control)
{
    /// <summary>The part names and content types both Word and PowerPoint packages use.</summary>
    public const string CorePart = "docProps/core.xml", CustomPart = "docProps/custom.xml",
        CoreType = "application/vnd.openxmlformats-package.core-properties+xml",
        CustomType = "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        CoreRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        CustomRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private const string CoreStart = Declaration +
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";

    // The format id every custom property of Office documents shares.
    private const string CustomFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /// <summary>The core properties part; created and modified are the effective date, so equal control gives equal bytes.</summary>
    public string CoreXml()
    {
        var date = Control.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        return CoreStart +
            $"<dc:title>{Esc(Title)}</dc:title><dc:subject>{Esc(Subject)}</dc:subject><dc:creator>OfficeInfra</dc:creator>" +
            $"<cp:category>{Esc(Category)}</cp:category><cp:version>{Control.Version.ToString(CultureInfo.InvariantCulture)}</cp:version>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>" +
            $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified></cp:coreProperties>";
    }

    /// <summary>The core properties part of a file that is no controlled document (a records plan): its title, and
    /// OfficeInfra as its creator, by which the product knows the file as its own.</summary>
    public static string CoreXml(string title) =>
        CoreStart + $"<dc:title>{Esc(title)}</dc:title><dc:creator>OfficeInfra</dc:creator></cp:coreProperties>";

    /// <summary>The custom properties part.</summary>
    public string CustomXml()
    {
        var xml = new StringBuilder(Declaration)
            .Append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" ")
            .Append("xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
        var id = 2;
        void Add(string name, string element, string value) => xml
            .Append("<property fmtid=\"").Append(CustomFormatId).Append("\" pid=\"").Append(id++.ToString(CultureInfo.InvariantCulture))
            .Append("\" name=\"").Append(name).Append("\"><vt:").Append(element).Append('>').Append(Esc(value))
            .Append("</vt:").Append(element).Append("></property>");
        Add("DocumentId", "lpwstr", Control.Id);
        Add("Version", "i4", Control.Version.ToString(CultureInfo.InvariantCulture));
        Add("EffectiveDate", "filetime", Control.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
        Add("ReviewDate", "filetime", Control.Review.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
        Add("Owner", "lpwstr", Control.Owner);
        return xml.Append("</Properties>").ToString();
    }

    // Text from the registers may hold characters XML 1.0 cannot carry; they are dropped, as on the slides.
    private static string Esc(string text) => Registers.Writing.XmlText.Escape(text);
}
