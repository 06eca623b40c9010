using System.Globalization;
using System.Xml;

namespace OfficeInfra.Registers.Reading;

/// <summary>The attributes of an Excel table part that place a register: its names and its range.</summary>
internal sealed record TableDefinition(string? Name, string? DisplayName, string? Reference, bool HasHeader, int TotalsRows)
{
    /// <summary>Reads the <c>table</c> root element's attributes and nothing more; null when the part is not a table.</summary>
    public static TableDefinition? Read(XlsxPackage package, string part)
    {
        using var xml = package.Open(part);
        if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "table")
        {
            return null;
        }
        return new TableDefinition(xml.GetAttribute("name"), xml.GetAttribute("displayName"), xml.GetAttribute("ref"),
            Count(xml.GetAttribute("headerRowCount"), 1) != 0, Count(xml.GetAttribute("totalsRowCount"), 0));
    }

    public bool IsNamed(string register) => Is(Name, register) || Is(DisplayName, register);

    private static bool Is(string? name, string register) =>
        string.Equals(name?.Trim(), register, StringComparison.OrdinalIgnoreCase);

    private static int Count(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
