using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace OfficeInfra.Documents.Packaging;

/// <summary>
/// Makes a package's entries ready to carry <see cref="DocumentProperties"/>: the content types and package
/// relationships name a core and a custom properties part (added when a template has none), and the two parts get
/// slots that each document fills. Done once per template; templates exported and edited in Word keep working.
/// </summary>
internal static class PropertyParts
{
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The entries with properties wired in, and the slots of the core and custom parts.</summary>
    public static (List<(string Name, byte[] Content)> Entries, int Core, int Custom) Prepare(IReadOnlyList<(string Name, byte[] Content)> entries)
    {
        var list = entries.ToList();
        var core = Slot(list, DocumentProperties.CorePart);
        var custom = Slot(list, DocumentProperties.CustomPart);
        Patch(list, "[Content_Types].xml", document =>
        {
            foreach (var (part, type) in new[] { (DocumentProperties.CorePart, DocumentProperties.CoreType), (DocumentProperties.CustomPart, DocumentProperties.CustomType) })
            {
                document.Root!.Elements(Types + "Override").Where(o => string.Equals((string?)o.Attribute("PartName"), "/" + part, StringComparison.OrdinalIgnoreCase)).Remove();
                document.Root.Add(new XElement(Types + "Override", new XAttribute("PartName", "/" + part), new XAttribute("ContentType", type)));
            }
        });
        Patch(list, "_rels/.rels", document =>
        {
            foreach (var (part, type, id) in new[] { (DocumentProperties.CorePart, DocumentProperties.CoreRelationship, "rIdOfficeInfraCore"), (DocumentProperties.CustomPart, DocumentProperties.CustomRelationship, "rIdOfficeInfraCustom") })
            {
                document.Root!.Elements(Relationships + "Relationship").Where(r => (string?)r.Attribute("Type") == type).Remove();
                document.Root.Add(new XElement(Relationships + "Relationship", new XAttribute("Id", id), new XAttribute("Type", type), new XAttribute("Target", part)));
            }
        });
        return (list, core, custom);
    }

    /// <summary>The two property parts of one document, deflated.</summary>
    public static (ZipEntryBlob Core, ZipEntryBlob Custom) Render(DocumentProperties properties) => (
        ZipEntryBlob.Deflate(DocumentProperties.CorePart, Utf8.GetBytes(properties.CoreXml()), CompressionLevel.Fastest),
        ZipEntryBlob.Deflate(DocumentProperties.CustomPart, Utf8.GetBytes(properties.CustomXml()), CompressionLevel.Fastest));

    private static int Slot(List<(string Name, byte[] Content)> entries, string part)
    {
        var at = entries.FindIndex(e => string.Equals(e.Name, part, StringComparison.OrdinalIgnoreCase));
        if (at >= 0)
        {
            return at;
        }
        entries.Add((part, []));
        return entries.Count - 1;
    }

    private static void Patch(List<(string Name, byte[] Content)> entries, string name, Action<XDocument> change)
    {
        var at = entries.FindIndex(e => e.Name == name);
        if (at < 0)
        {
            return;
        }
        using var stream = new MemoryStream(entries[at].Content);
        var document = XDocument.Load(stream);
        change(document);
        entries[at] = (name, Utf8.GetBytes(document.Declaration + document.ToString(SaveOptions.DisableFormatting)));
    }
}
