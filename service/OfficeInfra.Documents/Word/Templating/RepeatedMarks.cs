using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// Removes bookmarks and editing-permission ranges from what an <c>{{#each}}</c> repeats. Their ids must be unique
/// in a document, and each repetition would copy them (Word saves a <c>_GoBack</c> bookmark wherever the cursor was
/// last, so this happens without HR doing anything). Both ends of a mark go when either end sits inside a loop.
/// </summary>
internal static class RepeatedMarks
{
    public static void Remove(XDocument part)
    {
        var open = new Stack<string>();
        var loops = 0;
        var ids = new HashSet<(XName, string?)>();
        foreach (var node in part.DescendantNodes())
        {
            if (node is XText text)
            {
                foreach (Match match in PartAnalysis.TagPattern().Matches(text.Value))
                {
                    var syntax = TagSyntax.Parse(match.Value[2..^2]);
                    if (syntax.Kind == TagKind.Open)
                    {
                        open.Push(syntax.Name);
                        loops += syntax.Name == "each" ? 1 : 0;
                    }
                    else if (syntax.Kind == TagKind.Close && open.TryPop(out var closed))
                    {
                        loops -= closed == "each" ? 1 : 0;
                    }
                }
            }
            else if (loops > 0 && node is XElement element && Kind(element.Name) is { } kind)
            {
                ids.Add((kind, (string?)element.Attribute(W.Ns + "id")));
            }
        }
        if (ids.Count > 0)
        {
            part.Descendants().Where(e => Kind(e.Name) is { } kind && ids.Contains((kind, (string?)e.Attribute(W.Ns + "id")))).Remove();
        }
    }

    /// <summary>The start element's name for both ends of a mark, or null for anything else.</summary>
    private static XName? Kind(XName name) =>
        name == W.BookmarkStart || name == W.BookmarkEnd ? W.BookmarkStart
        : name == W.PermStart || name == W.PermEnd ? W.PermStart
        : null;
}
