using System.Text;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>What Word shows of a value typed into a document, for tests that read the text back.</summary>
internal static class WordShows
{
    /// <summary>Line breaks become breaks, tabs stay tabs, characters XML cannot hold and zero-width spaces are dropped.</summary>
    public static string Text(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
            {
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (c is '\r' or '\n')
            {
                text.Append('\n');
            }
            else if (c == '\t' || (c >= ' ' && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF' and not '\u200B'))
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
