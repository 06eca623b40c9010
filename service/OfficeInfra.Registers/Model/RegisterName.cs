namespace OfficeInfra.Registers.Model;

/// <summary>
/// A name one register gives and another refers to (a department, a role, a process, a system): trimmed, and equal to
/// another however each was capitalised, as people write names in a workbook ("Finance" in one sheet, "finance " in
/// the next). Use it wherever names are matched (look-ups, sets, grouping); <see cref="Display"/> is how to show it.
/// </summary>
public readonly struct RegisterName : IEquatable<RegisterName>
{
    private readonly string? _display;

    /// <summary>The name of <paramref name="text"/> as written, trimmed; blank when <paramref name="text"/> is null or white space.</summary>
    public RegisterName(string? text) => _display = text?.Trim();

    /// <summary>The name as the workbook wrote it, trimmed (the first spelling, where several spellings are one name).</summary>
    public string Display => _display ?? string.Empty;

    /// <summary>True when no name was given.</summary>
    public bool IsBlank => Display.Length == 0;

    /// <summary>Any text is a name: the registers keep strings as written, and the matching points compare them as names.</summary>
    public static implicit operator RegisterName(string? text) => new(text);

    /// <summary>Where a name may be absent: no text is no name (null), not a blank one.</summary>
    public static implicit operator RegisterName?(string? text) => text is null ? null : new(text);

    /// <inheritdoc />
    public bool Equals(RegisterName other) => string.Equals(Display, other.Display, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegisterName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Display);

    /// <summary>The display form.</summary>
    public override string ToString() => Display;

    /// <summary>Whether two names are the same name.</summary>
    public static bool operator ==(RegisterName left, RegisterName right) => left.Equals(right);

    /// <summary>Whether two names are different names.</summary>
    public static bool operator !=(RegisterName left, RegisterName right) => !left.Equals(right);
}
