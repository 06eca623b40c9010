using System.Xml;

namespace OfficeInfra.Registers.Reading;

/// <summary>
/// Parts are read as forward-only XmlReaders, never as a DOM: the SDK's OpenXmlReader built an element object for
/// every cell and value, which made 50,000 rows take seconds, while a plain XmlReader streams the same XML with flat
/// memory. DTDs are prohibited and the part size is capped.
/// </summary>
internal static class PartXml
{
    public static XmlReader Open(Stream part, long maxCharacters) => XmlReader.Create(part, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    });

    public static bool IsText(XmlNodeType type) =>
        type is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace;
}
