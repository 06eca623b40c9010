using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Word.Templating;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Journey;
using static OfficeInfra.Documents.Word.DepartmentModel;

namespace OfficeInfra.Documents.Word;

/// <summary>
/// The <c>journey</c> list both templates get: the customer-journey stages a role is the customer's contact at (on
/// stage) or a process makes possible (back stage), in journey order. Empty when the registers have no journey, so
/// the section that prints it is left out.
/// </summary>
internal static class JourneyModel
{
    public static TemplateShape Shape { get; } = TemplateShape.ListOf(TemplateShape.RecordOf(
        ("stage", TemplateShape.Text), ("phase", TemplateShape.Text), ("name", TemplateShape.Text),
        ("customerAction", TemplateShape.Text), ("activity", TemplateShape.Text)));

    public static object?[] Build(IReadOnlyList<JourneyStageView> stages) => [.. stages.Select(s => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["stage"] = s.Path,
        ["phase"] = s.Phase,
        ["name"] = s.Name,
        ["customerAction"] = Text(s.Source.CustomerAction),
        ["activity"] = Text(s.Source.OnStage),
    })];

    /// <summary>Adds each stage of a model's <c>journey</c> as an item of the document's facts (none without a journey).</summary>
    public static void AddFacts(ModelFacts facts, object? journey)
    {
        foreach (var stage in JobDescriptionWording.Items(journey))
        {
            var path = ModelFacts.Text(stage["stage"]);
            facts.Item(Kind, path, path);
        }
    }

    /// <summary>A stage that came or went, in words ("Customer journey stage 'Delivery › Ship' added"); null for other facts.</summary>
    public static string? Describe(ChangeWords words, FactChange change) =>
        !change.Item.StartsWith(Kind + ":", StringComparison.Ordinal) ? null
        : change.Old is null ? words.StageAdded(change.New!)
        : change.New is null ? words.StageRemoved(change.Old)
        : words.StageRenamed(change.Old, change.New);

    private const string Kind = "journey";
}
