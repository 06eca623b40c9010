using System.Xml.Linq;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// Moves block tags out of the text and around what they repeat: a tag alone in its paragraph replaces that
/// paragraph (so no blank line is left), and a block whose tags sit in table rows wraps those rows.
/// </summary>
internal static class BlockLifter
{
    public static void Lift(IEnumerable<TemplateBlock> blocks)
    {
        // Blocks come in the order they open, so an outer block's markers end up outside its inner blocks' ones.
        foreach (var block in blocks)
        {
            switch (block.Placement)
            {
                case BlockPlacement.Paragraphs:
                    // Taken before the tags' paragraphs leave the tree: afterwards they have no cell to find.
                    var cell = block.Close.Cell;
                    var lastInCell = cell is not null && !block.Close.Paragraph.ElementsAfterSelf(W.P).Any();
                    foreach (var tag in block.Elses.Prepend(block.Open).Append(block.Close))
                    {
                        tag.Paragraph.ReplaceWith(new XText(tag.Text));
                    }
                    if (lastInCell)
                    {
                        // A table cell must end with a paragraph, even when the block repeats nothing.
                        cell!.Add(new XElement(W.P));
                    }
                    break;
                case BlockPlacement.Rows:
                    var openRow = block.Open.Row!;
                    var closeRow = block.Close.Row!;
                    foreach (var tag in block.Elses.Prepend(block.Open).Append(block.Close))
                    {
                        StripFromText(tag);
                    }
                    openRow.AddBeforeSelf(new XText(block.Open.Text));
                    foreach (var e in block.Elses)
                    {
                        e.Row!.AddBeforeSelf(new XText(e.Text));
                    }
                    closeRow.AddAfterSelf(new XText(block.Close.Text));
                    KeepTableNonEmpty(block, openRow, closeRow);
                    // A row that held nothing but block tags would repeat as an empty row: it goes.
                    foreach (var row in block.Elses.Select(e => e.Row!).Prepend(openRow).Append(closeRow).Distinct().ToList())
                    {
                        if (row.Descendants(W.T).All(t => t.Value.Trim().Length == 0) && !row.Descendants().Any(e => e.Name.LocalName is "drawing" or "pict" or "object"))
                        {
                            row.Remove();
                        }
                    }
                    break;
                case BlockPlacement.Inline:
                    break;
            }
        }
    }

    /// <summary>
    /// A table whose every row sits inside one block would have no rows at all for an empty list, which Word
    /// refuses to open: such a block gets an else branch holding one empty row.
    /// </summary>
    private static void KeepTableNonEmpty(TemplateBlock block, XElement openRow, XElement closeRow)
    {
        if (block.Elses.Count > 0 || openRow.Parent is not { } table)
        {
            return;
        }
        var rows = table.Elements(W.Tr).ToList();
        var first = rows.IndexOf(openRow);
        var last = rows.IndexOf(closeRow);
        if (first != 0 || last != rows.Count - 1)
        {
            return;
        }
        var empty = new XElement(closeRow);
        foreach (var text in empty.Descendants(W.T))
        {
            text.Value = string.Empty;
        }
        closeRow.AddAfterSelf(new XText("{{else}}"), empty);
    }

    private static void StripFromText(TemplateTag tag)
    {
        var value = tag.TextElement.Value;
        var at = value.IndexOf(tag.Text, StringComparison.Ordinal);
        if (at >= 0)
        {
            tag.TextElement.Value = value.Remove(at, tag.Text.Length);
        }
        var paragraph = tag.Paragraph;
        if (tag.IsAloneInParagraph && paragraph.Parent is { } cell && cell.Elements(W.P).Count() > 1 &&
            paragraph.Parent is not null && W.TextOf(paragraph).Trim().Length == 0)
        {
            paragraph.Remove();
        }
    }
}
