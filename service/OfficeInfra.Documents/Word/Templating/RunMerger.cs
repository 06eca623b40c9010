using System.Text;
using System.Xml.Linq;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// Undoes what Word does to typed tags: spell-check, formatting and revision ids split <c>{{role.title}}</c> into
/// several runs (<c>{{</c>, <c>role</c>, <c>.title}}</c>), with proofing and bookmark marks between them. Each tag
/// is moved whole into the run where it starts, so it keeps that run's formatting; curly quotes that Word's
/// AutoCorrect typed inside a tag become straight ones.
/// </summary>
internal static class RunMerger
{
    public static void Merge(XElement paragraph)
    {
        var children = paragraph.Elements().ToList();
        var group = new List<XElement>();
        var noise = new List<(XElement Mark, int Offset)>();
        var offset = 0;
        foreach (var child in children)
        {
            if (IsTextRun(child))
            {
                group.Add(child);
                offset += child.Elements(W.T).Sum(t => t.Value.Length);
            }
            else if (IsNoise(child))
            {
                noise.Add((child, offset));
            }
            else
            {
                MergeGroup(group, noise);
                group.Clear();
                noise.Clear();
                offset = 0;
            }
        }
        MergeGroup(group, noise);
    }

    private static bool IsTextRun(XElement e) =>
        e.Name == W.R && e.Elements().All(c => c.Name == W.RPr || c.Name == W.T || c.Name == W.LastRenderedPageBreak);

    private static bool IsNoise(XElement e) =>
        e.Name == W.ProofErr || e.Name == W.BookmarkStart || e.Name == W.BookmarkEnd || e.Name == W.PermStart || e.Name == W.PermEnd;

    private static void MergeGroup(List<XElement> runs, List<(XElement Mark, int Offset)> noise)
    {
        if (runs.Count == 0)
        {
            return;
        }
        var texts = runs.Select(r => string.Concat(r.Elements(W.T).Select(t => t.Value))).ToArray();
        var all = string.Concat(texts);
        if (!all.Contains("{{", StringComparison.Ordinal))
        {
            return;
        }
        var owner = new int[all.Length];
        for (int i = 0, at = 0; i < texts.Length; i++)
        {
            for (var k = 0; k < texts[i].Length; k++)
            {
                owner[at++] = i;
            }
        }
        var spans = new List<(int Start, int End)>();
        for (var start = all.IndexOf("{{", StringComparison.Ordinal); start >= 0;)
        {
            var end = all.IndexOf("}}", start + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }
            end += 2;
            while (end < all.Length && all[end] == '}')
            {
                end++;
            }
            spans.Add((start, end));
            for (var k = start; k < end; k++)
            {
                owner[k] = owner[start];
            }
            start = all.IndexOf("{{", end, StringComparison.Ordinal);
        }
        var rebuilt = new StringBuilder[runs.Count];
        for (var i = 0; i < runs.Count; i++)
        {
            rebuilt[i] = new StringBuilder();
        }
        for (var k = 0; k < all.Length; k++)
        {
            rebuilt[owner[k]].Append(all[k]);
        }
        foreach (var (start, end) in spans)
        {
            var tag = all[start..end];
            var straight = tag.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2018', '\'').Replace('\u2019', '\'')
                .Replace('\u00A0', ' ');
            if (straight != tag)
            {
                rebuilt[owner[start]].Replace(tag, straight);
            }
        }
        var touched = new HashSet<XElement>();
        for (var i = 0; i < runs.Count; i++)
        {
            var text = rebuilt[i].ToString();
            if (text == texts[i])
            {
                continue;
            }
            touched.Add(runs[i]);
            if (text.Length == 0)
            {
                runs[i].Remove();
                continue;
            }
            runs[i].Elements().Where(e => e.Name != W.RPr).Remove();
            runs[i].Add(new XElement(W.T, new XAttribute(W.Space, "preserve"), text));
        }
        // Proofing and bookmark marks between the pieces of a tag are noise once the tag is whole again.
        // A bookmark goes only when both of its ends sit inside tags, so that no half of a pair is left behind.
        if (touched.Count == 0)
        {
            return;
        }
        var inside = noise.Where(n => spans.Any(s => s.Start < n.Offset && n.Offset < s.End)).Select(n => n.Mark).ToList();
        var insideIds = inside.Where(m => m.Name == W.BookmarkStart).Select(m => (string?)m.Attribute(W.Ns + "id"))
            .Intersect(inside.Where(m => m.Name == W.BookmarkEnd).Select(m => (string?)m.Attribute(W.Ns + "id"))).ToHashSet();
        foreach (var (mark, _) in noise)
        {
            if (mark.Name == W.ProofErr ||
                ((mark.Name == W.BookmarkStart || mark.Name == W.BookmarkEnd) && inside.Contains(mark) &&
                 insideIds.Contains((string?)mark.Attribute(W.Ns + "id"))))
            {
                mark.Remove();
            }
        }
    }
}
