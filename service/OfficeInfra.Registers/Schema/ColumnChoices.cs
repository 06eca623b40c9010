namespace OfficeInfra.Registers.Schema;

/// <summary>
/// Where a column's drop-down list comes from: a fixed list of values (Access, Type, …), or the names of another
/// register (every Department cell offers the Departments register's names) through a defined name.
/// </summary>
public sealed record ColumnChoices
{
    private ColumnChoices(IReadOnlyList<string> values, string? register, string? column, string? listName)
    {
        Values = values;
        Register = register;
        Column = column;
        ListName = listName;
    }

    /// <summary>The fixed values, in the order the list shows them; empty for a list of names.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The register whose names the list offers (e.g. Roles), or null for a fixed list.</summary>
    public string? Register { get; }

    /// <summary>The column of <see cref="Register"/> holding the names (e.g. Role), or null for a fixed list.</summary>
    public string? Column { get; }

    /// <summary>The workbook's defined name for the list (e.g. RoleList), or null for a fixed list.</summary>
    public string? ListName { get; }

    /// <summary>True for a fixed list of values.</summary>
    public bool IsFixed => Register is null;

    /// <summary>A fixed list.</summary>
    public static ColumnChoices Fixed(IReadOnlyList<string> values) => new(values, null, null, null);

    /// <summary>The names in <paramref name="column"/> of <paramref name="register"/>, through the defined name <paramref name="listName"/>.</summary>
    public static ColumnChoices NamesOf(string register, string column, string listName) => new([], register, column, listName);

    /// <summary>
    /// The list as a data-validation formula: a quoted, comma-separated list for fixed values, else the defined name.
    /// Excel does not accept a structured reference (<c>Roles[Role]</c>) in a validation, but it accepts a name that
    /// holds one, so a role added to the table appears in every Role drop-down at once.
    /// </summary>
    public string Formula => IsFixed ? "\"" + string.Join(",", Values) + "\"" : ListName!;
}
