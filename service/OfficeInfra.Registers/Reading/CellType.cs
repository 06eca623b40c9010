namespace OfficeInfra.Registers.Reading;

/// <summary>How a cell stores its value: the <c>t</c> attribute of <c>c</c>.</summary>
internal enum CellType
{
    /// <summary>No <c>t</c>, or <c>n</c>: the value is a number.</summary>
    Number,
    /// <summary><c>s</c>: the value is an index into the shared string table.</summary>
    Shared,
    /// <summary><c>inlineStr</c>: the text sits in the cell's <c>is</c> element.</summary>
    Inline,
    /// <summary><c>b</c>: 1 or 0.</summary>
    Boolean,
    /// <summary><c>str</c> (a formula's text), <c>e</c> (an error), <c>d</c> (an ISO date): the value as written.</summary>
    Text,
}
