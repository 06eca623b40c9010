using System.IO.Compression;
using System.Xml.Linq;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// Every text a person can see in a Word, Excel or PowerPoint file, whatever the kind: the runs of the body, headers,
/// footers, slides, tables and charts (<c>t</c> and text <c>v</c> elements), sheet names, and the Office properties
/// Explorer and SharePoint show (title, subject, category, custom properties).
/// </summary>
internal static class PackageText
{
    private static readonly HashSet<string> Shown = new(StringComparer.Ordinal) { "t", "v", "title", "subject", "category", "lpwstr" };

    public static IReadOnlyList<string> Of(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        var texts = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var xml = XDocument.Load(stream);
            texts.AddRange(xml.Descendants().Where(e => Shown.Contains(e.Name.LocalName) && !e.HasElements && !IsNumber(e.Value)).Select(e => e.Value));
            texts.AddRange(xml.Descendants().Where(e => e.Name.LocalName == "sheet").Select(e => (string?)e.Attribute("name")).OfType<string>());
        }
        return texts;
    }

    private static bool IsNumber(string text) => double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _);
}
