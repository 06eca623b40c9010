using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>Every text run of a deck with the languages it declares, and what a deck of each language must declare.</summary>
internal static class DeckRuns
{
    public static List<(string Text, string? Lang, string? AltLang)> Of(byte[] pptx)
    {
        using var document = PresentationDocument.Open(new MemoryStream(pptx), false);
        return document.PresentationPart!.SlideParts.SelectMany(p => p.Slide.Descendants<DocumentFormat.OpenXml.Drawing.Run>())
            .Select(r => (r.Text!.Text, r.RunProperties!.Language?.Value, r.RunProperties.AlternativeLanguage?.Value)).ToList();
    }

    /// <summary>The text of every run the deck sets in italics.</summary>
    public static List<string> Italic(byte[] pptx)
    {
        using var document = PresentationDocument.Open(new MemoryStream(pptx), false);
        return document.PresentationPart!.SlideParts.SelectMany(p => p.Slide.Descendants<DocumentFormat.OpenXml.Drawing.Run>())
            .Where(r => r.RunProperties?.Italic?.Value == true).Select(r => r.Text!.Text).ToList();
    }

    /// <summary>
    /// A Chinese deck cuts its text where the script changes: Chinese runs are zh-CN (Latin en-US their alternative),
    /// Latin ones en-US with zh-CN as their East Asian language. A Latin-script deck's runs are all in its language.
    /// </summary>
    public static void ShouldDeclare(IReadOnlyList<(string Text, string? Lang, string? AltLang)> runs, string language)
    {
        runs.Should().NotBeEmpty();
        foreach (var (text, lang, altLang) in runs)
        {
            if (language != "zh-Hans")
            {
                (lang, altLang).Should().Be((language == "tr" ? "tr-TR" : "en-GB", (string?)null), $"'{text}' is in the deck's language");
                continue;
            }
            var chinese = text.EnumerateRunes().Any(r => r.Value is >= 0x3000 and <= 0x9FFF or >= 0xFF00 and <= 0xFFEF);
            var latin = text.EnumerateRunes().Any(r => Rune.IsLetter(r) && r.Value < 0x3000);
            (chinese && latin).Should().BeFalse($"'{text}' is cut where the script changes");
            (lang, altLang).Should().Be(latin ? ("en-US", "zh-CN") : ("zh-CN", "en-US"), $"'{text}' is declared in its script's language");
        }
    }
}
