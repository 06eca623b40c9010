using System.Globalization;
using System.Text;

namespace OfficeInfra.Registers.Rules;

/// <summary>How task texts are compared: case, spacing and punctuation do not count.</summary>
internal static class TaskText
{
    /// <summary>
    /// The words of a task, lower-cased (invariant culture, so Turkish İ becomes i̇ the same way everywhere) with
    /// every run of characters that are not letters, digits or marks treated as a separator.
    /// </summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }
        var word = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Surrogate or UnicodeCategory.OtherSymbol)
            {
                word.Append(char.ToLowerInvariant(ch));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }
}
