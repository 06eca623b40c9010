using System.Text;
using System.Xml;

namespace OfficeInfra.Registers.Writing;

/// <summary>
/// Register text as it goes into XML, the one place that decides what XML can hold: characters XML 1.0 forbids (most
/// control characters, a lone surrogate) are dropped; tabs and line breaks are kept.
/// </summary>
public static class XmlText
{
    /// <summary>The line break <see cref="Escape"/> writes: a character reference, so that it stays a line break
    /// in an attribute's value too (where a plain one would be read back as a space).</summary>
    public const string LineBreak = "&#10;";

    /// <summary><paramref name="text"/> without the characters XML 1.0 forbids (a surrogate pair is kept, a lone
    /// surrogate dropped).</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]);
            if (XmlConvert.IsXmlChar(text[i]) || pair)
            {
                builder?.Append(text, i, pair ? 2 : 1);
                i += pair ? 1 : 0;
            }
            else
            {
                // The first character to drop: copy what came before it, and go on copying from here.
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
            }
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// <paramref name="text"/> cleaned (<see cref="Clean"/>) and escaped for XML written by hand, in an element's text
    /// or an attribute's value: markup characters as entities, each line break (CR LF, CR or LF) as
    /// <see cref="LineBreak"/>. Formats that mark a line break with an element of their own (DrawingML's
    /// <c>&lt;a:br/&gt;</c>) cut the text at <see cref="Lines"/> first.
    /// </summary>
    public static string Escape(string? text)
    {
        var value = text ?? string.Empty;
        // Most titles and names need nothing: hand them back without copying.
        if (value.AsSpan().IndexOfAny("&<>\"") < 0 && value.AsSpan().IndexOfAnyExceptInRange(' ', '\uD7FF') < 0)
        {
            return value;
        }
        var clean = Clean(value);
        var builder = new StringBuilder(clean.Length + 16);
        for (var i = 0; i < clean.Length; i++)
        {
            _ = clean[i] switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\r' when i + 1 < clean.Length && clean[i + 1] == '\n' => builder,
                '\r' or '\n' => builder.Append(LineBreak),
                var c => builder.Append(c),
            };
        }
        return builder.ToString();
    }

    /// <summary><paramref name="text"/> cut at its line breaks (CR LF, CR or LF); one line when it has none.</summary>
    public static string[] Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny('\r', '\n') < 0 ? [text]
            : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
    }
}
