using System.Globalization;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>Numbers as they go into slide XML (text goes through <see cref="Registers.Writing.XmlText.Escape"/>).</summary>
internal static class XmlNumbers
{
    /// <summary>A length in whole EMU.</summary>
    public static string Emu(double value) => ((long)Math.Round(value)).ToString(CultureInfo.InvariantCulture);

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A font size in hundredths of a point, rounded to half points.</summary>
    public static string FontSize(double points) =>
        ((long)(Math.Round(points * 2) * 50)).ToString(CultureInfo.InvariantCulture);
}
