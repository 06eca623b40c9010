using System.Globalization;

namespace OfficeInfra.Documents.Control;

/// <summary>Builds the facts of a model in document order; item keys are made safe (a ':' inside an ID would read as a field).</summary>
public sealed class ModelFacts
{
    private readonly Dictionary<string, string> _facts = new(StringComparer.Ordinal);

    /// <summary>The facts so far.</summary>
    public IReadOnlyDictionary<string, string> Facts => _facts;

    /// <summary>Adds a plain field.</summary>
    public ModelFacts Field(string name, object? value)
    {
        _facts[name] = Text(value);
        return this;
    }

    /// <summary>Adds an item (<c>kind:id</c> = text) and its fields (<c>kind:id:field</c>); returns the item's key.</summary>
    public string Item(string kind, string id, string text, params (string Field, object? Value)[] fields)
    {
        var key = $"{kind}:{id.Replace(':', '_')}";
        // Two rows with the same ID (or text, when IDs are absent) stay apart.
        for (var n = 2; _facts.ContainsKey(key); n++)
        {
            key = $"{kind}:{id.Replace(':', '_')}#{n.ToString(CultureInfo.InvariantCulture)}";
        }
        _facts[key] = text;
        foreach (var (field, value) in fields)
        {
            _facts[$"{key}:{field}"] = Text(value);
        }
        return key;
    }

    /// <summary>
    /// Marks that the facts keep every item of <paramref name="kind"/>, none or many (<c>#kind</c>). Records written
    /// before a kind was kept lack its mark, so its items there are not taken as added (<see cref="ChangeSummary"/>).
    /// </summary>
    public ModelFacts Tracks(string kind)
    {
        _facts[Mark(kind)] = string.Empty;
        return this;
    }

    /// <summary>The key under which the facts mark that they keep the items of <paramref name="kind"/>.</summary>
    public static string Mark(string kind) => "#" + kind;

    /// <summary>A model value as one line of text: lists joined with ", ", flags as yes/no.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "yes" : "no",
        IEnumerable<object?> list => string.Join(", ", list.Select(Text)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
