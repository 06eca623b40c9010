using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// Reads the tags of one templated part (body, header or footer) once <see cref="PartPreparation"/> has merged its
/// runs: pairs the blocks, decides where each block goes, and checks every tag against the shape of the data. It only
/// reads the part; moving the blocks' tags is <see cref="BlockLifter"/>'s stage.
/// </summary>
internal sealed partial class PartAnalysis
{
    private readonly string _template;
    private readonly List<TemplateProblem> _problems = [];

    private PartAnalysis(string template) => _template = template;

    public List<TemplateTag> Tags { get; } = [];

    public List<TemplateBlock> Blocks { get; } = [];

    public IReadOnlyList<TemplateProblem> Problems => _problems;

    /// <summary>Analyses <paramref name="part"/>, already prepared (<see cref="PartPreparation.Prepare"/>), without changing it.</summary>
    public static PartAnalysis Analyse(XDocument part, string template, TemplateShape shape)
    {
        var analysis = new PartAnalysis(template);
        var paragraphTexts = new Dictionary<XElement, string>();
        var read = new HashSet<XElement>();
        foreach (var text in part.Descendants(W.T).Where(t => t.Value.Contains("{{", StringComparison.Ordinal)))
        {
            var paragraph = text.Ancestors(W.P).FirstOrDefault();
            if (paragraph is null)
            {
                continue; // reported with the other tags outside the text
            }
            read.Add(text);
            if (!paragraphTexts.TryGetValue(paragraph, out var paragraphText))
            {
                paragraphTexts[paragraph] = paragraphText = W.TextOf(paragraph);
            }
            var value = text.Value;
            var done = 0;
            foreach (Match match in TagPattern().Matches(value))
            {
                analysis.ReportUnclosed(value, done, match.Index, paragraphText);
                analysis.Tags.Add(new TemplateTag(match.Value, text, paragraph, paragraphText));
                done = match.Index + match.Length;
            }
            analysis.ReportUnclosed(value, done, value.Length, paragraphText);
        }
        analysis.ReportTagsOutsideText(part, read);
        analysis.PairBlocks();
        new ShapeWalk(shape, analysis.Report).Walk(analysis.Tags);
        return analysis;
    }

    internal void Report(TemplateTag tag, string what) => Report(tag.Text, tag.ParagraphText, what);

    private void Report(string tag, string? paragraph, string what) =>
        _problems.Add(new TemplateProblem(_template, tag, paragraph ?? string.Empty, paragraph is null
            ? $"In {_template}, the tag {tag} {what}."
            : $"In {_template}, the tag {tag} in the paragraph \"{Shorten(paragraph)}\" {what}."));

    /// <summary>A "{{" between <paramref name="from"/> and <paramref name="to"/> that no tag match covers never closes.</summary>
    private void ReportUnclosed(string text, int from, int to, string paragraph)
    {
        var at = text.IndexOf("{{", from, to - from, StringComparison.Ordinal);
        if (at >= 0)
        {
            Report(Fragment(text, at, to), paragraph, "is never closed: a tag ends with }} and holds no } before that");
        }
    }

    /// <summary>
    /// Handlebars reads the whole part, so a tag in an attribute (a picture's description), a field code, deleted
    /// text or a comment would run too, unchecked, and a value with a quote would break the attribute it lands in.
    /// Tags only work in the text a person reads; anywhere else they are a problem to fix.
    /// </summary>
    private void ReportTagsOutsideText(XDocument part, HashSet<XElement> read)
    {
        const string What = "sits outside the text a person reads (in a picture description, a field code, deleted text or a hidden part), where it cannot be filled in; type it into the text";
        foreach (var node in part.DescendantNodes())
        {
            var (text, owner) = node switch
            {
                XText t when t.Parent is not { } parent || !read.Contains(parent) => (t.Value, t.Parent),
                XComment c => (c.Value, c.Parent),
                XProcessingInstruction p => (p.Data, p.Parent),
                _ => (string.Empty, null),
            };
            if (text.Contains("{{", StringComparison.Ordinal))
            {
                Report(TagIn(text), ParagraphOf(owner), What);
            }
            if (node is XElement element)
            {
                foreach (var attribute in element.Attributes().Where(a => a.Value.Contains("{{", StringComparison.Ordinal)))
                {
                    Report(TagIn(attribute.Value), ParagraphOf(element), What);
                }
            }
        }
    }

    private static string? ParagraphOf(XElement? element) =>
        element?.AncestorsAndSelf(W.P).FirstOrDefault() is { } paragraph ? W.TextOf(paragraph) : null;

    private static string TagIn(string text) =>
        TagPattern().Match(text) is { Success: true } match ? match.Value : Fragment(text, text.IndexOf("{{", StringComparison.Ordinal), text.Length);

    /// <summary>The text from a "{{" to the next one (or <paramref name="to"/>), at most 40 characters.</summary>
    private static string Fragment(string text, int at, int to)
    {
        var next = text.IndexOf("{{", at + 2, to - at - 2, StringComparison.Ordinal);
        var end = Math.Min(next < 0 ? to : next, at + 40);
        return text[at..end].TrimEnd();
    }

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
    internal static partial Regex TagPattern();
}
