using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// Reads a generated .docx the way a person would: the validator's complaints, then the texts as they show, without
/// the zero-width spaces that only mark where a line may break.
/// </summary>
internal static class DocxReader
{
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>The body's paragraphs as text (tables included, a cell's paragraphs in order), with line breaks as \n.</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(TextOf).ToList();
    }

    /// <summary>The table rows of the body, each as its cells' texts.</summary>
    public static IReadOnlyList<string[]> Rows(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(TextOf))).ToArray()).ToList();
    }

    public static string HeadersAndFooters(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        return string.Join("\n", main.HeaderParts.SelectMany(h => h.Header.Descendants<Paragraph>())
            .Concat(main.FooterParts.SelectMany(f => f.Footer.Descendants<Paragraph>())).Select(TextOf));
    }

    private const string ZeroWidthSpace = "\u200B";

    public static string AllText(byte[] docx) => string.Join("\n", Paragraphs(docx));

    private static string TextOf(Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        Text t => t.Text.Replace(ZeroWidthSpace, string.Empty, StringComparison.Ordinal),
        Break => "\n",
        TabChar => "\t",
        _ => string.Empty,
    }));
}
