using System.Globalization;
using System.Text;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>Text and numbers as they go into slide XML.</summary>
internal static class XmlText
{
    /// <summary>Escapes markup and drops characters XML 1.0 cannot hold (control characters, lone surrogates).</summary>
    public static string Escape(string? text)
    {
        var value = text ?? string.Empty;
        // Most titles and names need nothing: hand them back without copying. Anything below a space or from the
        // surrogates up takes the careful path, which keeps what XML allows of it.
        if (value.AsSpan().IndexOfAny("&<>\"") < 0 && value.AsSpan().IndexOfAnyExceptInRange(' ', '\uD7FF') < 0)
        {
            return value;
        }
        var builder = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || (c < 0x20 && c is not '\t') || c is '\uFFFE' or '\uFFFF')
            {
                continue;
            }
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                _ => builder.Append(c),
            };
        }
        return builder.ToString();
    }

    /// <summary>A length in whole EMU.</summary>
    public static string Emu(double value) => ((long)Math.Round(value)).ToString(CultureInfo.InvariantCulture);

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A font size in hundredths of a point, rounded to half points.</summary>
    public static string FontSize(double points) =>
        ((long)(Math.Round(points * 2) * 50)).ToString(CultureInfo.InvariantCulture);
}
