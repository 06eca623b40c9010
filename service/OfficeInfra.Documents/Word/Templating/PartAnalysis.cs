using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// Reads the tags of one templated part (body, header or footer) after its runs are merged: pairs the blocks,
/// decides where each block goes, and checks every tag against the shape of the data.
/// </summary>
internal sealed partial class PartAnalysis
{
    private readonly string _template;
    private readonly List<TemplateProblem> _problems = [];

    private PartAnalysis(string template) => _template = template;

    public List<TemplateTag> Tags { get; } = [];

    public List<TemplateBlock> Blocks { get; } = [];

    public IReadOnlyList<TemplateProblem> Problems => _problems;

    public static PartAnalysis Analyse(XDocument part, string template, TemplateShape shape)
    {
        foreach (var paragraph in part.Descendants(W.P).ToList())
        {
            RunMerger.Merge(paragraph);
        }
        var analysis = new PartAnalysis(template);
        var paragraphTexts = new Dictionary<XElement, string>();
        foreach (var text in part.Descendants(W.T).Where(t => t.Value.Contains("{{", StringComparison.Ordinal)).ToList())
        {
            var paragraph = text.Ancestors(W.P).FirstOrDefault();
            if (paragraph is null)
            {
                continue;
            }
            if (!paragraphTexts.TryGetValue(paragraph, out var paragraphText))
            {
                paragraphTexts[paragraph] = paragraphText = W.TextOf(paragraph);
            }
            // Values may start or end with spaces, which Word drops from text not marked as preserved.
            text.SetAttributeValue(W.Space, "preserve");
            foreach (Match match in TagPattern().Matches(text.Value))
            {
                analysis.Tags.Add(new TemplateTag(match.Value, text, paragraph, paragraphText));
            }
        }
        analysis.PairBlocks();
        new ShapeWalk(shape, analysis.Report).Walk(analysis.Tags);
        return analysis;
    }

    internal void Report(TemplateTag tag, string what) =>
        _problems.Add(new TemplateProblem(_template, tag.Text, tag.ParagraphText,
            $"In {_template}, the tag {tag.Text} in the paragraph \"{Shorten(tag.ParagraphText)}\" {what}."));

    private static string Shorten(string text) => text.Length <= 120 ? text.Trim() : text[..117].Trim() + "...";

    private void PairBlocks()
    {
        var open = new Stack<(TemplateTag Tag, List<TemplateTag> Elses)>();
        foreach (var tag in Tags)
        {
            if (tag.Syntax.Error is { } error)
            {
                Report(tag, $"cannot be read: {error}");
                continue;
            }
            switch (tag.Syntax.Kind)
            {
                case TagKind.Open:
                    open.Push((tag, []));
                    break;
                case TagKind.Else when open.Count == 0:
                    Report(tag, "is outside any {{#if}} or {{#each}} block");
                    break;
                case TagKind.Else when open.Peek().Elses.Count > 0:
                    Report(tag, $"is a second {{{{else}}}} in the block {open.Peek().Tag.Text}; a block has at most one {{{{else}}}}");
                    break;
                case TagKind.Else:
                    open.Peek().Elses.Add(tag);
                    break;
                case TagKind.Close when open.Count == 0:
                    Report(tag, "closes a block that was never opened");
                    break;
                case TagKind.Close when open.Peek().Tag.Syntax.Name != tag.Syntax.Name:
                    Report(tag, $"does not close the block {open.Peek().Tag.Text} opened before it; close that one first with {{{{/{open.Peek().Tag.Syntax.Name}}}}}");
                    open.Pop();
                    break;
                case TagKind.Close:
                    var (start, elses) = open.Pop();
                    if (Place(start, elses, tag) is { } placement)
                    {
                        Blocks.Add(new TemplateBlock(start, elses, tag, placement));
                    }
                    break;
                case TagKind.Value:
                case TagKind.Comment:
                    break;
            }
        }
        foreach (var (tag, _) in open)
        {
            Report(tag, $"opens a block that is never closed; add {{{{/{tag.Syntax.Name}}}}} after it");
        }
        Blocks.Sort((a, b) => Tags.IndexOf(a.Open).CompareTo(Tags.IndexOf(b.Open)));
    }

    private BlockPlacement? Place(TemplateTag open, List<TemplateTag> elses, TemplateTag close)
    {
        if (open.Paragraph == close.Paragraph)
        {
            return BlockPlacement.Inline;
        }
        var sameContainer = open.Paragraph.Parent == close.Paragraph.Parent;
        if (sameContainer && (open.Cell is null || open.Cell == open.Paragraph.Parent))
        {
            if (!open.IsAloneInParagraph || !close.IsAloneInParagraph)
            {
                return BlockPlacement.Inline;
            }
            foreach (var e in elses.Where(e => !e.IsAloneInParagraph || e.Paragraph.Parent != open.Paragraph.Parent))
            {
                Report(e, "must sit alone in its own paragraph, like the tags of its block");
                return null;
            }
            return BlockPlacement.Paragraphs;
        }
        if (open.Row is { } openRow && close.Row is { } closeRow && openRow.Parent == closeRow.Parent)
        {
            foreach (var e in elses.Where(e => e.Row == openRow || e.Row?.Parent != openRow.Parent))
            {
                Report(e, "must sit in a row of its own table below the row where its block opens");
                return null;
            }
            return BlockPlacement.Rows;
        }
        Report(open, $"and its {close.Text} sit in different places (one inside a table, one outside, or in different tables); put both in the same table or both outside it");
        return null;
    }

    [GeneratedRegex(@"\{\{[^}]*\}\}\}?")]
    private static partial Regex TagPattern();
}
