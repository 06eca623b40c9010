using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Schema;

/// <summary>One register: its sheet (and table) name, its JSON key and its columns in writer order.</summary>
public abstract class RegisterSheet
{
    private protected RegisterSheet(string name, string jsonKey, bool optional)
    {
        Name = name;
        JsonKey = jsonKey;
        Optional = optional;
    }

    /// <summary>The sheet and table name (Departments, …).</summary>
    public string Name { get; }

    /// <summary>The key of the register in the registers JSON (<c>departments</c>, …).</summary>
    public string JsonKey { get; }

    /// <summary>True when a workbook may lack the sheet (the Organisation sheet); the four registers are required.</summary>
    public bool Optional { get; }

    /// <summary>The columns in the order the writer lays them out.</summary>
    public abstract IReadOnlyList<RegisterColumn> Columns { get; }

    /// <summary>The 0-based position of a header (case-insensitive, trimmed), or -1.</summary>
    public int IndexOf(string? header)
    {
        var trimmed = header?.Trim();
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Header, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The column of that header (case-insensitive, trimmed), or null.</summary>
    public RegisterColumn? Column(string? header) => IndexOf(header) is >= 0 and var i ? Columns[i] : null;

    /// <summary>The register's items in <paramref name="registers"/>, as the writers lay them out.</summary>
    public abstract IReadOnlyList<object> ItemsOf(RegisterSet registers);

    /// <summary>The worksheet row an item came from, when known.</summary>
    public abstract int? RowOf(object item);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
