using System.Globalization;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Documents.Word.Templating;

namespace OfficeInfra.Documents.Word;

/// <summary>
/// The <c>control</c> object both templates get (SPEC §3a), and the dates of templates written before it:
/// <c>asOf</c> is the effective date and <c>reviewDue</c> the review date, so an edited template without the new
/// tags does not change a document every day either.
/// </summary>
internal static class ControlModel
{
    public static TemplateShape Shape { get; } = TemplateShape.RecordOf(
        ("id", TemplateShape.Text), ("version", TemplateShape.Text), ("effective", TemplateShape.Text),
        ("review", TemplateShape.Text), ("effectiveText", TemplateShape.Text), ("reviewText", TemplateShape.Text),
        ("owner", TemplateShape.Text), ("approver", TemplateShape.Text),
        ("history", TemplateShape.ListOf(TemplateShape.RecordOf(
            ("version", TemplateShape.Text), ("date", TemplateShape.Text), ("dateText", TemplateShape.Text),
            ("change", TemplateShape.Text)))));

    /// <summary>A copy of <paramref name="model"/> with the control block and the dates it sets.</summary>
    public static Dictionary<string, object?> With(IReadOnlyDictionary<string, object?> model, DocumentControl control)
    {
        // Dates in the organisation's language, so that a template need not know its culture's month names.
        var words = ProductWords.ForTag(model.GetValueOrDefault("language") as string);
        var rendered = new Dictionary<string, object?>(model, StringComparer.Ordinal)
        {
            ["asOf"] = Date(control.Effective),
            ["reviewDue"] = Date(control.Review),
            ["control"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = control.Id,
                ["version"] = control.Version.ToString(CultureInfo.InvariantCulture),
                ["effective"] = Date(control.Effective),
                ["review"] = Date(control.Review),
                ["effectiveText"] = words.Date(control.Effective),
                ["reviewText"] = words.Date(control.Review),
                ["owner"] = control.Owner,
                ["approver"] = control.Approver,
                ["history"] = control.Printed.Select(h => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["version"] = h.Version.ToString(CultureInfo.InvariantCulture),
                    ["date"] = Date(h.Date),
                    ["dateText"] = words.Date(h.Date),
                    ["change"] = h.Change,
                }).ToArray(),
            },
        };
        return rendered;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
