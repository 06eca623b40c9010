using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeInfra.Registers.Reading;

/// <summary>
/// Opens a part as a forward-only XmlReader. The sheets are read this way rather than with OpenXmlReader because
/// OpenXmlReader builds an element object for every cell and value, which made 50,000 rows take seconds; a plain
/// XmlReader streams the same XML with flat memory. DTDs are prohibited and the part size is capped.
/// </summary>
internal static class PartXml
{
    public static XmlReader Open(OpenXmlPart part) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read),
        new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = PackageGuard.MaxPartBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        });

    public static bool IsText(XmlNodeType type) =>
        type is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace;
}
