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
        var owner = RunOfEachCharacter(texts, all.Length);
        var spans = TagSpans(all, owner);
        if (Rewrite(runs, texts, RebuiltTexts(all, owner, spans, runs.Count)))
        {
            RemoveNoise(noise, spans);
        }
    }

    // For each character of the group's text, the run it sits in.
    private static int[] RunOfEachCharacter(string[] texts, int length)
    {
        var owner = new int[length];
        for (int i = 0, at = 0; i < texts.Length; i++)
        {
            for (var k = 0; k < texts[i].Length; k++)
            {
                owner[at++] = i;
            }
        }
        return owner;
    }

    // Where each tag starts and ends ({{ … }}, a triple-brace tag included); every character of a tag now belongs to
    // the run the tag starts in.
    private static List<(int Start, int End)> TagSpans(string all, int[] owner)
    {
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
        return spans;
    }

    // Each run's new text: the characters it now owns, with the curly quotes AutoCorrect typed inside tags made straight.
    private static StringBuilder[] RebuiltTexts(string all, int[] owner, List<(int Start, int End)> spans, int runs)
    {
        var rebuilt = new StringBuilder[runs];
        for (var i = 0; i < runs; i++)
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
        return rebuilt;
    }

    // Writes the runs whose text changed (a run left empty goes); true when any changed.
    private static bool Rewrite(List<XElement> runs, string[] texts, StringBuilder[] rebuilt)
    {
        var touched = false;
        for (var i = 0; i < runs.Count; i++)
        {
            var text = rebuilt[i].ToString();
            if (text == texts[i])
            {
                continue;
            }
            touched = true;
            if (text.Length == 0)
            {
                runs[i].Remove();
                continue;
            }
            runs[i].Elements().Where(e => e.Name != W.RPr).Remove();
            runs[i].Add(new XElement(W.T, new XAttribute(W.Space, "preserve"), text));
        }
        return touched;
    }

    // Proofing and bookmark marks between the pieces of a tag are noise once the tag is whole again.
    // A bookmark goes only when both of its ends sit inside tags, so that no half of a pair is left behind.
    private static void RemoveNoise(List<(XElement Mark, int Offset)> noise, List<(int Start, int End)> spans)
    {
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
