using OfficeInfra.Documents.Word.Templating;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Word;

/// <summary>The <c>department</c> object both templates get: its name, description and head.</summary>
internal static class DepartmentModel
{
    public static TemplateShape Shape { get; } = TemplateShape.RecordOf(
        ("name", TemplateShape.Text), ("description", TemplateShape.Text), ("head", TemplateShape.Text));

    public static Dictionary<string, object?> Build(string name, Department? department) => new(StringComparer.Ordinal)
    {
        ["name"] = name.Trim(),
        ["description"] = department?.Description ?? string.Empty,
        ["head"] = department?.Head ?? string.Empty,
    };

    /// <summary>Text for a template: never null, so that <c>{{#if}}</c> and printing behave alike.</summary>
    public static string Text(string? value) => value?.Trim() ?? string.Empty;
}
