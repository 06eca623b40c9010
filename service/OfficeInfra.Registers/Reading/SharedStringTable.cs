using System.Globalization;
using System.Xml;

namespace OfficeInfra.Registers.Reading;

/// <summary>The workbook's shared string table, streamed; rich text runs are joined, phonetic runs left out.</summary>
internal static class SharedStringTable
{
    public static List<string> Read(XlsxPackage package, string? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        var options = package.Options;
        using var xml = package.Open(part);
        var names = xml.NameTable;
        object si = names.Add("si"), t = names.Add("t"), rPh = names.Add("rPh");
        var text = new CellBuffer(options.MaxCellCharacters);
        var inText = false;
        var phonetic = 0;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, si):
                    text.Clear();
                    if (xml.IsEmptyElement)
                    {
                        Add(strings, string.Empty, package);
                    }
                    break;
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, t) && !xml.IsEmptyElement:
                    inText = phonetic == 0;
                    break;
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, rPh) && !xml.IsEmptyElement:
                    phonetic++;
                    break;
                case XmlNodeType.EndElement when ReferenceEquals(xml.LocalName, t):
                    inText = false;
                    break;
                case XmlNodeType.EndElement when ReferenceEquals(xml.LocalName, rPh):
                    phonetic--;
                    break;
                case XmlNodeType.EndElement when ReferenceEquals(xml.LocalName, si):
                    Add(strings, text.Length == 0 ? string.Empty : new string(text.Span), package);
                    break;
                default:
                    if (inText && PartXml.IsText(xml.NodeType) && !text.Append(xml))
                    {
                        throw PackageGuard.Unreadable(string.Create(CultureInfo.InvariantCulture,
                            $"{package.What} holds a text (shared string {strings.Count + 1:N0}) of more than {options.MaxCellCharacters:N0} characters, far more than a cell can hold (32,767), so it was not read."));
                    }
                    break;
            }
        }
        return strings;
    }

    private static void Add(List<string> strings, string text, XlsxPackage package)
    {
        if (strings.Count == package.Options.MaxSharedStrings)
        {
            throw PackageGuard.Unreadable(string.Create(CultureInfo.InvariantCulture,
                $"{package.What} holds more than {package.Options.MaxSharedStrings:N0} texts in its shared string table, more than a register workbook needs, so it was not read."));
        }
        strings.Add(text);
    }
}
