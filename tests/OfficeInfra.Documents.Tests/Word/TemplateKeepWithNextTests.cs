using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// Page flow in every built-in template, every language: a heading, a lead-in sentence (one that ends in a colon and
/// introduces what follows) and a table's header row keep with what follows, so none of them can end a page alone.
/// </summary>
public sealed class TemplateKeepWithNextTests
{
    public static TheoryData<string, WordTemplate> Templates() => DefaultTemplatesTests.Names();

    [Theory]
    [MemberData(nameof(Templates))]
    public void BuiltInTemplate_EveryHeadingAndLeadIn_KeepsWithNext(string tag, WordTemplate template)
    {
        DocumentLanguages.List.TryParse(tag, out var language).Should().BeTrue();
        using var document = WordprocessingDocument.Open(new MemoryStream(TemplateSet.DefaultBytes(TemplateSet.FileName(template), language)), false);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        var paragraphs = main.Document.Body!.Descendants<Paragraph>().ToList();
        var headings = paragraphs.Where(p => IsHeading(p, styles)).ToList();
        var leadIns = paragraphs.Where(p => !IsHeading(p, styles) && p.InnerText.TrimEnd() is var text && (text.EndsWith(':') || text.EndsWith('：'))).ToList();
        var headerRows = main.Document.Body.Descendants<Table>().Select(t => t.Elements<TableRow>().First())
            .SelectMany(r => r.Descendants<Paragraph>()).Where(p => StyleOf(p) == "TableHeading").ToList();

        headings.Should().NotBeEmpty();
        headings.Concat(leadIns).Concat(headerRows).Where(p => !KeepsWithNext(p, styles)).Select(p => p.InnerText)
            .Should().BeEmpty($"every heading and lead-in of the {tag} {template} template keeps with what follows");
    }

    private static string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static bool IsHeading(Paragraph p, Dictionary<string, Style> styles) =>
        Resolve(StyleOf(p), styles, s => s.StyleParagraphProperties?.OutlineLevel is not null) || p.ParagraphProperties?.OutlineLevel is not null;

    private static bool KeepsWithNext(Paragraph p, Dictionary<string, Style> styles) =>
        p.ParagraphProperties?.KeepNext is { } own ? own.Val?.Value ?? true : Resolve(StyleOf(p), styles, s => s.StyleParagraphProperties?.KeepNext is { } k && (k.Val?.Value ?? true));

    // A style has a property when it or a style it is based on sets it.
    private static bool Resolve(string? id, Dictionary<string, Style> styles, Func<Style, bool> has)
    {
        for (var depth = 0; id is not null && styles.TryGetValue(id, out var style) && depth < 10; depth++)
        {
            if (has(style))
            {
                return true;
            }
            id = style.BasedOn?.Val?.Value;
        }
        return false;
    }
}
