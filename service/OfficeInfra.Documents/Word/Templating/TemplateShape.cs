namespace OfficeInfra.Documents.Word.Templating;

/// <summary>What a value handed to a template is: text, a yes/no flag, a list, or an object with named fields.</summary>
public enum ShapeKind { Text, Flag, List, Record }

/// <summary>
/// The shape of the data a template is rendered with: which tags exist and which are lists. The
/// <see cref="TemplateChecker"/> checks every tag of a template against it.
/// </summary>
public sealed class TemplateShape
{
    private TemplateShape(ShapeKind kind, IReadOnlyDictionary<string, TemplateShape>? fields, TemplateShape? item)
    {
        Kind = kind;
        Fields = fields ?? new Dictionary<string, TemplateShape>();
        Item = item;
    }

    /// <summary>A text value (dates are ISO text, formatted with <c>formatDate</c>).</summary>
    public static TemplateShape Text { get; } = new(ShapeKind.Text, null, null);

    /// <summary>A yes/no value for <c>{{#if}}</c>.</summary>
    public static TemplateShape Flag { get; } = new(ShapeKind.Flag, null, null);

    /// <summary>What this value is.</summary>
    public ShapeKind Kind { get; }

    /// <summary>The fields of an object (empty for other kinds), by tag name.</summary>
    public IReadOnlyDictionary<string, TemplateShape> Fields { get; }

    /// <summary>The shape of each item of a list; null for other kinds.</summary>
    public TemplateShape? Item { get; }

    /// <summary>A list whose items have the given shape.</summary>
    public static TemplateShape ListOf(TemplateShape item) => new(ShapeKind.List, null, item);

    /// <summary>An object with the given fields.</summary>
    public static TemplateShape RecordOf(params (string Name, TemplateShape Shape)[] fields) =>
        new(ShapeKind.Record, fields.ToDictionary(f => f.Name, f => f.Shape, StringComparer.Ordinal), null);
}
