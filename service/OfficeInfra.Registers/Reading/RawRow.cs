namespace OfficeInfra.Registers.Reading;

/// <summary>One non-blank data row of a register: its worksheet row and its values in <see cref="Schema.RegisterSchema"/> column order.</summary>
internal sealed record RawRow(int Row, string?[] Values)
{
    public string Get(int column) => Values[column]?.Trim() ?? string.Empty;

    public string? Optional(int column) => string.IsNullOrWhiteSpace(Values[column]) ? null : Values[column]!.Trim();

    public IReadOnlyList<string> List(int column, char separator) =>
        (Values[column] ?? string.Empty).Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
