namespace OfficeInfra.Registers.Schema;

/// <summary>
/// One column of a register: the one entry the xlsx and JSON readers and writers, the length rule, the drop-downs and
/// the add-in's generated schema all read. See <see cref="RegisterColumn{T}"/> for how it reaches the model.
/// </summary>
public abstract class RegisterColumn
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellCharacters = 32_767;

    private protected RegisterColumn(string header, string jsonKey, char? separator)
    {
        Header = header;
        JsonKey = jsonKey;
        Separator = separator;
    }

    /// <summary>The header text as SPEC §2 writes it; readers match it case-insensitively and trimmed.</summary>
    public string Header { get; }

    /// <summary>The camelCase key of the column in the registers JSON.</summary>
    public string JsonKey { get; }

    /// <summary>Another JSON key accepted on reading (<c>name</c> for <c>department</c>, …), or null.</summary>
    public string? JsonAlias { get; init; }

    /// <summary>True when a row without a value is an error.</summary>
    public bool Required { get; init; }

    /// <summary>The column's width in the workbook, in characters.</summary>
    public double Width { get; init; } = 22;

    /// <summary>The most characters a cell of this column may hold; more is a <c>text-too-long</c> error.</summary>
    public int MaxLength { get; init; } = MaxCellCharacters;

    /// <summary>The drop-down list of the column, or null for free text.</summary>
    public ColumnChoices? Choices { get; init; }

    /// <summary>True when a value that is a plain number is written as a number cell (Step), not as text.</summary>
    public bool IsNumber { get; init; }

    /// <summary>For a list column, the character between items in a cell (<c>;</c> for principals, <c>,</c> for tools); else null.</summary>
    public char? Separator { get; }

    /// <summary>True when the cell holds a list of items.</summary>
    public bool IsList => Separator is not null;

    /// <summary>What the workbook writer puts between a list's items ("; " or ", ").</summary>
    public string Joiner => Separator is { } s ? s + " " : string.Empty;

    /// <summary>The value of the column as a cell's text (a list joined), or null when empty.</summary>
    public abstract string? CellText(object item);

    /// <summary>How many characters the cell of <paramref name="item"/> holds (a list as the writer joins it).</summary>
    public abstract long Length(object item);

    /// <summary>The items of a list column (empty when none; also empty for a text column).</summary>
    public abstract IReadOnlyList<string> Items(object item);

    /// <inheritdoc/>
    public override string ToString() => Header;
}
