using System.IO.Compression;
using System.Text;
using OfficeInfra.Documents.Packaging;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// Packs slides into a .pptx: the parts and relationships are written as text and zipped once, with fixed ids,
/// part names and timestamps, so the same slides always give byte-identical files. Going through the OpenXML SDK
/// here cost a package model, a second zip pass to fix its timestamps, and most of a cold start.
/// </summary>
internal static class DeckWriter
{
    private const string Decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private const string OfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string PresentationMl = "application/vnd.openxmlformats-officedocument.presentationml.";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(IReadOnlyList<SlideCanvas> slides, IReadOnlyList<(string Name, int Slides)> sections,
        DocumentProperties? properties = null)
    {
        var entries = new List<ZipEntryBlob>(8 + (2 * slides.Count))
        {
            Entry("[Content_Types].xml", ContentTypes(slides.Count, properties is not null)),
            Entry("_rels/.rels", properties is null
                ? Relationships(("rId1", "officeDocument", "ppt/presentation.xml"))
                : PackageRelationships()),
            Entry("ppt/presentation.xml", DeckSkeleton.Presentation(slides.Count, sections)),
            Entry("ppt/_rels/presentation.xml.rels", Relationships(
                [("rId1", "slideMaster", "slideMasters/slideMaster1.xml"), ("rId2", "theme", "theme/theme1.xml"),
                 .. Enumerable.Range(1, slides.Count).Select(n => ($"rIdS{n}", "slide", $"slides/slide{n}.xml"))])),
            Entry("ppt/slideMasters/slideMaster1.xml", DeckSkeleton.Master),
            Entry("ppt/slideMasters/_rels/slideMaster1.xml.rels", Relationships(
                ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"), ("rId2", "theme", "../theme/theme1.xml"))),
            Entry("ppt/slideLayouts/slideLayout1.xml", DeckSkeleton.Layout),
            Entry("ppt/slideLayouts/_rels/slideLayout1.xml.rels", Relationships(("rId1", "slideMaster", "../slideMasters/slideMaster1.xml"))),
            Entry("ppt/theme/theme1.xml", DeckSkeleton.Theme),
        };
        if (properties is not null)
        {
            var (core, custom) = PropertyParts.Render(properties);
            entries.Add(core);
            entries.Add(custom);
        }
        for (var i = 0; i < slides.Count; i++)
        {
            var n = i + 1;
            entries.Add(Entry($"ppt/slides/slide{n}.xml", slides[i].ToSlideXml()));
            // A "continued on slide N" box jumps through a relationship to that slide.
            entries.Add(Entry($"ppt/slides/_rels/slide{n}.xml.rels", Relationships(
                [("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
                 .. slides[i].LinkedSlides.Distinct().Order().Select(t => ($"rIdS{t}", "slide", $"slide{t}.xml"))])));
        }
        return ZipPackageWriter.Write(entries);
    }

    // Fastest deflate: slide XML is repetitive enough that it still shrinks about tenfold, at a fraction of the time.
    private static ZipEntryBlob Entry(string name, string xml) =>
        ZipEntryBlob.Deflate(name, Utf8.GetBytes(xml), CompressionLevel.Fastest);

    // The package relationships of a deck with properties: its presentation, and the core and custom properties.
    private static string PackageRelationships() =>
        new StringBuilder(Decl).Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
            .Append("<Relationship Id=\"rId1\" Type=\"").Append(OfficeRel).Append("officeDocument\" Target=\"ppt/presentation.xml\"/>")
            .Append("<Relationship Id=\"rId2\" Type=\"").Append(DocumentProperties.CoreRelationship).Append("\" Target=\"").Append(DocumentProperties.CorePart).Append("\"/>")
            .Append("<Relationship Id=\"rId3\" Type=\"").Append(DocumentProperties.CustomRelationship).Append("\" Target=\"").Append(DocumentProperties.CustomPart).Append("\"/>")
            .Append("</Relationships>").ToString();

    private static string ContentTypes(int slideCount, bool properties)
    {
        var xml = new StringBuilder(Decl)
            .Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        void Override(string part, string type) =>
            xml.Append("<Override PartName=\"/").Append(part).Append("\" ContentType=\"").Append(type).Append("\"/>");
        Override("ppt/presentation.xml", PresentationMl + "presentation.main+xml");
        Override("ppt/slideMasters/slideMaster1.xml", PresentationMl + "slideMaster+xml");
        Override("ppt/slideLayouts/slideLayout1.xml", PresentationMl + "slideLayout+xml");
        Override("ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
        for (var n = 1; n <= slideCount; n++)
        {
            Override($"ppt/slides/slide{n}.xml", PresentationMl + "slide+xml");
        }
        if (properties)
        {
            Override(DocumentProperties.CorePart, DocumentProperties.CoreType);
            Override(DocumentProperties.CustomPart, DocumentProperties.CustomType);
        }
        return xml.Append("</Types>").ToString();
    }

    private static string Relationships(params (string Id, string Type, string Target)[] relationships)
    {
        var xml = new StringBuilder(Decl).Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target) in relationships)
        {
            xml.Append("<Relationship Id=\"").Append(id).Append("\" Type=\"").Append(OfficeRel).Append(type)
                .Append("\" Target=\"").Append(target).Append("\"/>");
        }
        return xml.Append("</Relationships>").ToString();
    }
}
