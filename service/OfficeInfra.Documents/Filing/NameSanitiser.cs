using System.Globalization;
using System.Text;

namespace OfficeInfra.Documents.Filing;

/// <summary>
/// Turns any subject (a role, process or department name) into a name that is safe as a folder or file name in
/// SharePoint and on every OS, and keeps a name that is already safe exactly as written (Unicode included).
/// </summary>
public static class NameSanitiser
{
    /// <summary>SharePoint's and Windows' limit for one segment of a path.</summary>
    public const int MaxSegmentLength = 255;

    /// <summary>SharePoint's limit for a whole decoded path.</summary>
    public const int MaxPathLength = 400;

    private const string Forbidden = "\"*:<>?/\\|";

    // Windows device names (with or without an extension) and SharePoint's reserved names.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", ".lock", "desktop.ini",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// A safe name for <paramref name="subject"/>, at most <paramref name="maxLength"/> characters (leave room for an
    /// extension the caller adds). Never empty: a subject with nothing usable becomes <c>Untitled</c>.
    /// </summary>
    public static string Sanitise(string? subject, int maxLength = MaxSegmentLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        // Bidirectional controls (U+202A–U+202E, U+2066–U+2069) make "Payroll\u202Excod.docx" read as "Payrollcod.docx"
        // reversed: a file name that shows something other than it is. They carry no meaning in a name, so they go.
        var text = new StringBuilder(WithoutBidiControls(subject ?? string.Empty).Trim());
        for (var i = 0; i < text.Length; i++)
        {
            if (Forbidden.Contains(text[i], StringComparison.Ordinal) || char.IsControl(text[i]))
            {
                text[i] = '_';
            }
        }
        var name = text.ToString().Replace("_vti_", "_vti-", StringComparison.OrdinalIgnoreCase);
        if (name.StartsWith("~$", StringComparison.Ordinal))
        {
            name = "_" + name[1..];
        }
        // Leading dots hide a file on macOS and Linux (" .Hidden. " would become ".Hidden.docx"); trailing ones Windows drops.
        name = Truncate(name, maxLength).Trim().Trim('.').Trim();
        if (name.Length == 0 || name.All(c => c is '_' or '.' or ' '))
        {
            return "Untitled";
        }
        var stem = name.Split('.')[0].TrimEnd();
        if (Reserved.Contains(name) || Reserved.Contains(stem))
        {
            name = "_" + name;
        }
        return name;
    }

    private static string WithoutBidiControls(string text) =>
        text.Any(IsBidiControl) ? string.Concat(text.Where(c => !IsBidiControl(c))) : text;

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>
    /// Safe, distinct names for <paramref name="subjects"/> in the order given: a name that clashes (ignoring case,
    /// as SharePoint and Windows do) with an earlier one gets <c>(2)</c>, <c>(3)</c>, … so no two subjects share a file.
    /// </summary>
    /// <param name="subjects">The subjects, in a stable order (the register's), so names do not move between runs.</param>
    /// <param name="maxLength">The longest name allowed.</param>
    /// <param name="reserved">Names already used beside these (e.g. files at the library root).</param>
    public static IReadOnlyList<string> MakeUnique(IEnumerable<string> subjects, int maxLength = MaxSegmentLength,
        IEnumerable<string>? reserved = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var taken = new HashSet<string>(reserved ?? [], StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var subject in subjects)
        {
            var name = Sanitise(subject, maxLength);
            for (var n = 2; !taken.Add(name); n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
                name = Truncate(Sanitise(subject, maxLength), maxLength - suffix.Length).TrimEnd('.', ' ') + suffix;
            }
            names.Add(name);
        }
        return names;
    }

    /// <summary>Cuts to at most <paramref name="max"/> UTF-16 units without splitting a surrogate pair.</summary>
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var cut = char.IsLowSurrogate(text[max]) ? max - 1 : max;
        return text[..cut];
    }
}
