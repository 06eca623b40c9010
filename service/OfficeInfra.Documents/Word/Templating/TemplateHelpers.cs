using System.Collections;
using System.Globalization;
using HandlebarsDotNet;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// The helpers a template may call (Handlebars.Net.Helpers does not restore here, and three small ones are all the
/// templates need): <c>formatDate</c>, <c>join</c> and <c>eq</c>.
/// </summary>
internal static class TemplateHelpers
{
    /// <summary>Helpers that return a value, with the most arguments each takes.</summary>
    public static IReadOnlyDictionary<string, int> ValueHelpers { get; } =
        new Dictionary<string, int>(StringComparer.Ordinal) { ["formatDate"] = 2, ["join"] = 2, ["eq"] = 2 };

    /// <summary>Block helpers built into Handlebars that the templates may use.</summary>
    public static IReadOnlySet<string> BlockHelpers { get; } = new HashSet<string>(StringComparer.Ordinal) { "if", "unless", "each", "with" };

    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("formatDate", (in HelperOptions _, in Context _, in Arguments arguments) =>
            FormatDate(arguments.Length > 0 ? arguments[0] : null, arguments.Length > 1 ? arguments[1] as string : null));
        handlebars.RegisterHelper("join", (in HelperOptions _, in Context _, in Arguments arguments) =>
            Join(arguments.Length > 0 ? arguments[0] : null, arguments.Length > 1 ? arguments[1] as string : null));
        handlebars.RegisterHelper("eq", (in HelperOptions _, in Context _, in Arguments arguments) =>
            arguments.Length == 2 && string.Equals(Convert.ToString(arguments[0], CultureInfo.InvariantCulture),
                Convert.ToString(arguments[1], CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The pattern of <c>formatDate</c> when a template gives none.</summary>
    public const string DefaultDatePattern = "d MMMM yyyy";

    /// <summary>
    /// An ISO date (as the models give them) in the given .NET format, in English; default <c>d MMMM yyyy</c>. A
    /// pattern .NET cannot use (an unmatched quote) gives the default: the analysis refuses such literal patterns, and a
    /// pattern that comes from the data must not stop a run.
    /// </summary>
    public static string FormatDate(object? value, string? format)
    {
        try
        {
            return Format(value, string.IsNullOrWhiteSpace(format) ? DefaultDatePattern : format);
        }
        catch (FormatException)
        {
            return Format(value, DefaultDatePattern);
        }
    }

    /// <summary>True when <paramref name="pattern"/> can format a date.</summary>
    public static bool IsUsableDatePattern(string pattern)
    {
        try
        {
            _ = new DateOnly(2026, 12, 1).ToString(pattern, CultureInfo.InvariantCulture);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Format(object? value, string pattern)
    {
        var culture = CultureInfo.InvariantCulture;
        return value switch
        {
            DateOnly date => date.ToString(pattern, culture),
            DateTime time => time.ToString(pattern, culture),
            string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, DateTimeStyles.None, out var date) =>
                date.ToString(pattern, culture),
            _ => Convert.ToString(value, culture) ?? string.Empty,
        };
    }

    private static string Join(object? list, string? separator) => list switch
    {
        null => string.Empty,
        string text => text,
        IEnumerable items => string.Join(separator ?? ", ", items.Cast<object?>()
            .Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)).Where(s => !string.IsNullOrEmpty(s))),
        _ => Convert.ToString(list, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
