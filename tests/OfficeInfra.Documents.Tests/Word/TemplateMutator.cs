using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// Mutates a .docx template the ways HR's editing and Word's saving do, and some they should not: characters of the
/// text flipped, inserted and deleted (braces above all), tags moved, runs split inside tags, elements dropped,
/// duplicated and moved, blocks wrapped around paragraphs and rows, and now and then the raw XML itself.
/// </summary>
internal sealed partial class TemplateMutator(Random random)
{
    private int _bookmarks;

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly string[] Snippets =
    [
        "{", "}", "{{", "}}", "{{{", "}}}", "#", "/", "^", "~", "!", ">", "(", ")", "\"", "'", "@", ".", "..", "|", "=", "\\", "*", " ",
        "{{else}}", "{{/each}}", "{{/if}}", "{{/unless}}", "{{/with}}", "{{^}}", "{{#if role.vacant}}", "{{#if steps}}",
        "{{#each tasks}}", "{{#each steps}}", "{{#each responsibilities}}", "{{#with role}}", "{{#unless steps}}",
        "{{role.title}}", "{{process.name}}", "{{this}}", "{{@index}}", "{{../organisation}}", "{{@root.organisation}}",
        "{{> p}}", "{{#> p}}", "{{!-- note --}}", "{{! note }}", "{{join tools \", \"}}", "{{formatDate asOf}}", "{{eq a b}}",
        "{{#if (eq role.type \"Intern\")}}", "{{~organisation~}}", "{{&organisation}}", "{{else if x}}", "\\{{organisation}}",
    ];

    private static readonly XName[] Droppable =
        [W + "p", W + "r", W + "t", W + "tr", W + "tc", W + "tbl", W + "pPr", W + "rPr", W + "tblGrid", W + "sectPr"];

    /// <summary>The template with 1 to 4 mutations in its body, header or footer.</summary>
    public byte[] Mutate(byte[] docx, out bool structural)
    {
        structural = false;
        var parts = Read(docx);
        var name = random.Next(6) == 0 ? parts.Keys.First(k => k.StartsWith("word/header", StringComparison.Ordinal) || k.StartsWith("word/footer", StringComparison.Ordinal))
            : "word/document.xml";
        if (random.Next(12) == 0)
        {
            parts[name] = MutateRaw(parts[name]);
            structural = true;
            return Write(parts);
        }
        var document = XDocument.Parse(parts[name], LoadOptions.PreserveWhitespace);
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            structural |= MutateOnce(document);
        }
        parts[name] = document.Declaration + document.Root!.ToString(SaveOptions.DisableFormatting);
        return Write(parts);
    }

    /// <summary>One mutation; true when it changed the document's structure rather than only its text.</summary>
    private bool MutateOnce(XDocument document)
    {
        var texts = document.Descendants(W + "t").ToList();
        switch (random.Next(10))
        {
            case 0 or 1 when texts.Count > 0:
                Edit(Pick<XElement>(texts), text => text.Insert(random.Next(text.Length + 1), Pick(Snippets)));
                return false;
            case 2 when texts.Count > 0:
                Edit(Pick<XElement>(texts), text => text.Length == 0 ? text : text.Remove(random.Next(text.Length), 1));
                return false;
            case 3 when texts.Count > 0:
                Edit(Pick<XElement>(texts), text => text.Length == 0 ? text
                    : text.Remove(random.Next(text.Length), 1).Insert(random.Next(text.Length), Pick(["{", "}", "#", "/", "a", " ", "."])));
                return false;
            case 4 when texts.Count > 1:
                MoveTag(texts);
                return false;
            case 5:
                return SplitRun(document);
            case 6:
                PickOrNull(Elements(document, Droppable))?.Remove();
                return true;
            case 7:
                if (PickOrNull(Elements(document, [W + "p", W + "r", W + "tr", W + "tbl", W + "tc"])) is { } original)
                {
                    original.AddAfterSelf(new XElement(original));
                }
                return true;
            case 8:
                return WrapInBlock(document);
            default:
                return MoveElement(document);
        }
    }

    private void MoveTag(List<XElement> texts)
    {
        var from = texts.Where(t => TagPattern().IsMatch(t.Value)).ToList();
        if (from.Count == 0)
        {
            return;
        }
        var source = Pick(from);
        var tags = TagPattern().Matches(source.Value);
        var tag = tags[random.Next(tags.Count)];
        source.Value = source.Value.Remove(tag.Index, tag.Length);
        Edit(Pick<XElement>(texts), text => text.Insert(random.Next(text.Length + 1), tag.Value));
    }

    /// <summary>Splits a run's text in two runs, with different formatting and maybe a proofing or bookmark mark or a tab between.</summary>
    private bool SplitRun(XDocument document)
    {
        var candidates = document.Descendants(W + "t").Where(t => t.Value.Length > 1 && t.Parent?.Name == W + "r").ToList();
        if (candidates.Count == 0)
        {
            return false;
        }
        var text = Pick<XElement>(candidates);
        var run = text.Parent!;
        // Half the time inside a tag, where Word's spell-checker and formatting split them.
        var tags = TagPattern().Matches(text.Value).Where(m => m.Length > 2).ToList();
        var at = tags.Count > 0 && random.Next(2) == 0 && Pick<Match>(tags) is var tag
            ? tag.Index + random.Next(1, tag.Length - 1)
            : random.Next(1, text.Value.Length);
        var second = new XElement(run);
        second.Elements(W + "rPr").Remove();
        second.AddFirst(new XElement(W + "rPr", new XElement(random.Next(2) == 0 ? W + "b" : W + "i")));
        second.Elements(W + "t").First().Value = text.Value[at..];
        text.Value = text.Value[..at];
        XElement? between = random.Next(4) switch
        {
            0 => new XElement(W + "proofErr", new XAttribute(W + "type", "spellStart")),
            1 => new XElement(W + "bookmarkStart", new XAttribute(W + "id", (900 + _bookmarks).ToString(CultureInfo.InvariantCulture)),
                new XAttribute(W + "name", "_GoBack" + _bookmarks++)),
            2 => new XElement(W + "r", new XElement(W + "tab")),
            _ => null,
        };
        run.AddAfterSelf(between is null ? [second] : [between, second]);
        // A tab run or a bookmark changes what the template is, not only its text: its validity is checked again.
        return between is not null && between.Name != W + "proofErr";
    }

    /// <summary>Wraps a run of sibling paragraphs or rows in block tags of their own.</summary>
    private bool WrapInBlock(XDocument document)
    {
        var (open, close) = Pick<(string, string)>([("{{#each tasks}}", "{{/each}}"), ("{{#each steps}}", "{{/each}}"), ("{{#if role.vacant}}", "{{/if}}"),
            ("{{#if steps}}", "{{/if}}"), ("{{#with role}}", "{{/with}}"), ("{{#unless organisation}}", "{{/unless}}")]);
        var rows = random.Next(2) == 0;
        var siblings = Elements(document, [rows ? W + "tr" : W + "p"]);
        if (siblings.Count == 0)
        {
            return false;
        }
        var first = Pick<XElement>(siblings);
        var group = first.ElementsAfterSelf(first.Name).Take(random.Next(3)).Prepend(first).ToList();
        first.AddBeforeSelf(rows ? Row(open) : Paragraph(open));
        group[^1].AddAfterSelf(rows ? Row(close) : Paragraph(close));
        return true;
    }

    private bool MoveElement(XDocument document)
    {
        var moving = PickOrNull(Elements(document, [W + "p", W + "tr", W + "r"]));
        var target = PickOrNull(Elements(document, [W + "body", W + "tc", W + "p", W + "tbl"]));
        if (moving is null || target is null || moving.DescendantsAndSelf().Contains(target))
        {
            return false;
        }
        moving.Remove();
        var children = target.Elements().ToList();
        if (children.Count == 0)
        {
            target.Add(moving);
        }
        else
        {
            children[random.Next(children.Count)].AddBeforeSelf(moving);
        }
        return true;
    }

    private string MutateRaw(string xml)
    {
        var at = random.Next(xml.Length);
        return random.Next(3) switch
        {
            0 => xml.Remove(at, 1),
            1 => xml.Insert(at, Pick(["{", "}", "<", ">", "&", "\"", "{{", "}}"])),
            _ => xml.Remove(at, 1).Insert(at, ((char)random.Next(32, 127)).ToString()),
        };
    }

    private static XElement Paragraph(string text) => new(W + "p", new XElement(W + "r", new XElement(W + "t", text)));

    private static XElement Row(string text) => new(W + "tr", new XElement(W + "tc", Paragraph(text)));

    private static List<XElement> Elements(XDocument document, XName[] names) =>
        document.Descendants().Where(e => names.Contains(e.Name)).ToList();

    private static void Edit(XElement text, Func<string, string> change) => text.Value = change(text.Value);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private XElement? PickOrNull(List<XElement> items) => items.Count == 0 ? null : items[random.Next(items.Count)];

    private static Dictionary<string, string> Read(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    private static byte[] Write(Dictionary<string, string> parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(new UTF8Encoding(false).GetBytes(text));
            }
        }
        return stream.ToArray();
    }

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex TagPattern();
}
