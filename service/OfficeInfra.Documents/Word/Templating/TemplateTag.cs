using System.Xml.Linq;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>A tag found in a part of the template: its text, where it sits, and what it means.</summary>
internal sealed class TemplateTag(string text, XElement textElement, XElement paragraph, string paragraphText)
{
    public string Text { get; } = text;

    public XElement TextElement { get; } = textElement;

    public XElement Paragraph { get; } = paragraph;

    public string ParagraphText { get; } = paragraphText;

    public TagSyntax Syntax { get; } = TagSyntax.Parse(text[2..^2]);

    /// <summary>True when nothing but this tag (and spaces) is in the paragraph.</summary>
    public bool IsAloneInParagraph => ParagraphText.Trim() == Text;

    public XElement? Row => Paragraph.Ancestors(W.Tr).FirstOrDefault();

    public XElement? Cell => Paragraph.Ancestors(W.Tc).FirstOrDefault();
}
