namespace OfficeInfra.Documents.Word.Templating;

/// <summary>Where a block's tags go once compiled.</summary>
internal enum BlockPlacement
{
    /// <summary>Open and close sit in running text: the tags stay where they are.</summary>
    Inline,
    /// <summary>Open and close sit alone in their own paragraphs: the block repeats the paragraphs between them.</summary>
    Paragraphs,
    /// <summary>Open and close sit in table rows: the block repeats the rows from the open's to the close's.</summary>
    Rows,
}
