using System.Text;
using HandlebarsDotNet;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// Writes values into the text of a <c>w:t</c> element: XML-escaped, a line break ends the text and adds
/// <c>&lt;w:br/&gt;</c>, a tab adds <c>&lt;w:tab/&gt;</c>, and characters XML cannot hold are dropped. Handlebars'
/// default HTML encoder would turn <c>=</c> into <c>&amp;#x3D;</c> and leave line breaks as spaces in Word.
/// A zero-width space follows East Asian punctuation that runs straight into a Latin letter or a digit
/// ("Order system、Order checklist"): Chinese text may break after 、，。）, but LibreOffice gives Latin text no break
/// there, holds "system、Order" together and breaks a narrow cell mid-word ("syste|m、"). Word shows the space as
/// nothing and breaks there anyway.
/// </summary>
internal sealed class WordTextEncoder : ITextEncoder
{
    private const string Break = "</w:t><w:br/><w:t xml:space=\"preserve\">";
    private const string Tab = "</w:t><w:tab/><w:t xml:space=\"preserve\">";
    private const char ZeroWidthSpace = '\u200B';

    public void Encode(StringBuilder? text, TextWriter target)
    {
        Encode(text?.ToString(), target);
    }

    public void Encode(string? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        var clean = 0;
        while (clean < text.Length && !NeedsWork(text[clean]))
        {
            clean++;
        }
        if (clean == text.Length)
        {
            target.Write(text);
            return;
        }
        target.Write(text.AsSpan(0, clean));
        for (var i = clean; i < text.Length; i++)
        {
            Write(text[i], i + 1 < text.Length ? text[i + 1] : '\0', target, ref i);
        }
    }

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        if (text is null)
        {
            return;
        }
        var builder = new StringBuilder();
        while (text.MoveNext())
        {
            builder.Append(text.Current);
        }
        Encode(builder.ToString(), target);
    }

    private static bool NeedsWork(char c) =>
        c is '&' or '<' or '>' || c < ' ' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || BreaksAfter(c);

    /// <summary>East Asian punctuation a line may end with: enumeration comma, comma, full stop, closing brackets.</summary>
    private static bool BreaksAfter(char c) =>
        c is '\u3001' or '\u3002' or '\uFF0C' or '\uFF1B' or '\uFF01' or '\uFF1F' or '\uFF09' or '\u300D' or '\u300F' or '\u3011' or '\u300B';

    /// <summary>A letter or digit of a Latin (or other alphabetic) script, before the East Asian blocks start.</summary>
    private static bool IsAlphabetic(char c) => c < '\u2E80' && char.IsLetterOrDigit(c);

    private static void Write(char c, char next, TextWriter target, ref int i)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '\r':
                target.Write(Break);
                if (next == '\n')
                {
                    i++;
                }
                break;
            case '\n': target.Write(Break); break;
            case '\t': target.Write(Tab); break;
            case '\uFFFE' or '\uFFFF': break;
            default:
                if (char.IsHighSurrogate(c) && char.IsLowSurrogate(next))
                {
                    target.Write(c);
                    target.Write(next);
                    i++;
                }
                else if (c >= ' ' && !char.IsSurrogate(c))
                {
                    target.Write(c);
                    if (BreaksAfter(c) && IsAlphabetic(next))
                    {
                        target.Write(ZeroWidthSpace);
                    }
                }
                break;
        }
    }
}
