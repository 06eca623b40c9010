using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using OfficeInfra.Documents.Delegation;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// Every English word the product can write, read out of its English words tables (the product's words, history rows,
/// chart, blueprint, systems map, delegation report and finding words, and the templates' phrases) by reflection: each
/// text, list and dictionary value, each phrase function said with placeholder names. A string added to a table is
/// in the vocabulary at once, so a Turkish or Chinese document that prints it in English fails the test.
/// </summary>
internal static partial class EnglishVocabulary
{
    // Declared before the vocabulary, which is built from them.
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal) { "Xxx", "Yyy" };

    /// <summary>The words (three letters or more), as written.</summary>
    public static IReadOnlySet<string> Words { get; } = Build();

    /// <summary>A Latin-script word of three letters or more (Turkish letters included, so "Satış" is one word).</summary>
    [GeneratedRegex(@"\p{L}*[A-Za-z]\p{L}*")]
    public static partial Regex LatinWord();

    private static HashSet<string> Build()
    {
        object[] tables =
        [
            ProductWords.English, ChangeWords.English, ChartChangeWords.English, ChartWords.English, BlueprintWords.English,
            SystemsWords.English, JourneyWording.English, DelegationWords.For(DocumentLanguage.English), FindingWords.English,
        ];
        var phrases = tables.SelectMany(Say).Concat(TemplatePhraseBook.Turkish.Keys);
        return phrases.SelectMany(p => LatinWord().Matches(p).Select(m => m.Value))
            .Where(w => w.Length >= 3 && !Placeholders.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Everything a words table can say: its texts, lists, dictionary values, and its phrase functions and
    /// methods called with placeholders (each value of an enum argument in turn).</summary>
    private static IEnumerable<string> Say(object table)
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var type = table.GetType();
        var values = type.GetProperties(Instance).Where(p => p.GetIndexParameters().Length == 0).Select(p => p.GetValue(table))
            .Concat(type.GetFields(Instance).Select(f => f.GetValue(table)));
        foreach (var value in values)
        {
            foreach (var text in Texts(value))
            {
                yield return text;
            }
        }
        foreach (var method in type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                     .Where(m => !m.IsSpecialName && m.ReturnType == typeof(string)))
        {
            foreach (var text in Call(method, table))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<string> Texts(object? value) => value switch
    {
        string text => [text],
        Delegate function => Call(function.Method, function.Target, function),
        IDictionary dictionary => dictionary.Values.Cast<object?>().SelectMany(Texts),
        IEnumerable list => list.Cast<object?>().SelectMany(Texts),
        _ => [],
    };

    private static IEnumerable<string> Call(MethodInfo method, object? target, Delegate? function = null)
    {
        var parameters = method.GetParameters();
        var enumIndex = Array.FindIndex(parameters, p => p.ParameterType.IsEnum);
        var cases = enumIndex < 0 ? [null] : Enum.GetValues(parameters[enumIndex].ParameterType).Cast<object?>().ToArray();
        foreach (var value in cases)
        {
            var arguments = parameters.Select((p, i) => i == enumIndex ? value : Placeholder(p.ParameterType)).ToArray();
            if (arguments.Any(a => a is Unsupported))
            {
                yield break;
            }
            object? said;
            try
            {
                said = function is not null ? function.DynamicInvoke(arguments) : method.Invoke(target, arguments);
            }
            catch (TargetInvocationException)
            {
                continue;
            }
            if (said is string text)
            {
                yield return text;
            }
        }
    }

    private sealed class Unsupported;

    private static object? Placeholder(Type type) =>
        type == typeof(string) ? "Xxx"
        : type == typeof(int) ? 2
        : type == typeof(decimal) ? 2m
        : type == typeof(double) ? 2.0
        : type == typeof(bool) ? true
        : type == typeof(int?) ? 2
        : type == typeof(DateOnly) ? new DateOnly(2026, 12, 1)
        : type.IsAssignableFrom(typeof(string[])) ? new[] { "Xxx", "Yyy" }
        : type.IsAssignableFrom(typeof((string, int)[])) ? new[] { ("Xxx", 2), ("Yyy", 1) }
        : new Unsupported();
}
