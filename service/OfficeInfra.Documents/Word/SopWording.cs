using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Word;

/// <summary>What an SOP's history names: the process's details, KPI and target, and its steps (by Task ID): who does
/// each, in what order, how often and with which tools; in the organisation's language.</summary>
public sealed class SopWording : IChangeWording
{
    private static readonly SopWording Turkish = new(ChangeWords.Turkish), Chinese = new(ChangeWords.Chinese);

    private SopWording(ChangeWords words) => Words = words;

    /// <summary>The English wording.</summary>
    public static SopWording Instance { get; } = new(ChangeWords.English);

    /// <summary>The wording in <paramref name="language"/>.</summary>
    public static SopWording For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => Instance,
    };

    /// <inheritdoc />
    public ChangeWords Words { get; }

    /// <summary>The facts of an SOP model (built by <see cref="SopModel"/>).</summary>
    public static IReadOnlyDictionary<string, string> Facts(IReadOnlyDictionary<string, object?> model, string approver, string templateSha)
    {
        var process = (IReadOnlyDictionary<string, object?>)model["process"]!;
        var facts = new ModelFacts().Field(Organisation, model["organisation"])
            .Field("Process name", process["name"]).Field("Department", process["department"]).Field("Core business system", process["system"])
            .Field("Process owner", process["owner"]).Field("Approver", approver).Field("Trigger", process["trigger"])
            .Field("Outcome", process["outcome"]).Field("KPI", process["kpi"]).Field("KPI target", process["target"])
            .Field("Tools", process["tools"]);
        foreach (var step in JobDescriptionWording.Items(model["steps"]))
        {
            var text = ModelFacts.Text(step["task"]);
            facts.Item("step", ModelFacts.Text(step["id"]) is { Length: > 0 } id ? id : text, text,
                ("number", step["number"]), ("role", step["role"]), ("frequency", step["frequency"]), ("tools", step["tools"]),
                ("currentlyDoneBy", step["currentlyDoneBy"]));
        }
        // The related procedures, in the order the SOP lists them, and the department each is in.
        var related = JobDescriptionWording.Items(model["related"]).ToList();
        facts.Field(RelatedProcedures, related.Select(r => r["name"]).ToArray()).Tracks(Related);
        foreach (var procedure in related)
        {
            var name = ModelFacts.Text(procedure["name"]);
            facts.Item(Related, name, name, ("department", procedure["department"]));
        }
        JourneyModel.AddFacts(facts, model["journey"]);
        return facts.Field(ChangeSummary.TemplateFact, templateSha).Facts;
    }

    private const string Organisation = "Organisation", RelatedProcedures = "Related procedures", Related = "related";

    /// <inheritdoc />
    public bool IsAnchor(string key) => key.StartsWith("step:", StringComparison.Ordinal) && key.Count(c => c == ':') == 1;

    /// <inheritdoc />
    public string? Describe(FactChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var item = change.Item;
        if (item.StartsWith(Related + ":", StringComparison.Ordinal))
        {
            // A procedure that came or went is said by the list; its department by its own row.
            return change.Field is null ? null
                : Words.Field(Words.RelatedField(Words.Name("Department"), change.Fact(item)), change.Old, change.New);
        }
        if (!item.StartsWith("step:", StringComparison.Ordinal))
        {
            return change.Key == Organisation ? Words.Renamed(Words.Name(Organisation), change.Old, change.New)
                : JourneyModel.Describe(Words, change) ?? Words.Field(change.Key, Words.Name(change.Key), change.Old, change.New);
        }
        var number = change.Fact(item + ":number");
        return change.Field switch
        {
            null when change.Old is null => Words.StepAdded(change.New!, number),
            null when change.New is null => Words.StepRemoved(change.Old, number),
            null => Words.StepReworded(number, change.Old, change.New),
            "role" when string.IsNullOrEmpty(change.New) => Words.StepRoleCleared(number, change.Old ?? string.Empty),
            "role" => Words.StepNowDoneBy(number, change.New ?? string.Empty, change.Old ?? string.Empty),
            "number" => Words.StepMoved(change.Fact(item), change.Old ?? string.Empty, change.New ?? string.Empty),
            { } field => Words.Field(field, Words.StepField(Words.Name(field), number), change.Old, change.New),
        };
    }
}
