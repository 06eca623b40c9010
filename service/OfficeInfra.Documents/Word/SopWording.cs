using OfficeInfra.Documents.Control;

namespace OfficeInfra.Documents.Word;

/// <summary>What an SOP's history names: the process's details, KPI and target, and its steps (by Task ID): who does
/// each, in what order, how often and with which tools.</summary>
public sealed class SopWording : IChangeWording
{
    /// <summary>The one instance (it holds no state).</summary>
    public static SopWording Instance { get; } = new();

    /// <summary>The facts of an SOP model (built by <see cref="SopModel"/>).</summary>
    public static IReadOnlyDictionary<string, string> Facts(IReadOnlyDictionary<string, object?> model, string approver, string templateSha)
    {
        var process = (IReadOnlyDictionary<string, object?>)model["process"]!;
        var facts = new ModelFacts()
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
        JourneyModel.AddFacts(facts, model["journey"]);
        return facts.Field(ChangeSummary.TemplateFact, templateSha).Facts;
    }

    /// <inheritdoc />
    public bool IsAnchor(string key) => key.StartsWith("step:", StringComparison.Ordinal) && key.Count(c => c == ':') == 1;

    /// <inheritdoc />
    public string? Describe(FactChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var item = change.Item;
        if (!item.StartsWith("step:", StringComparison.Ordinal))
        {
            return JourneyModel.Describe(change) ?? ChangeSummary.Field(change.Key, change.Old, change.New);
        }
        var number = change.Fact(item + ":number");
        return change.Field switch
        {
            null when change.Old is null => $"Task '{change.New}' added as step {number}",
            null when change.New is null => $"Task '{change.Old}' removed (was step {number})",
            null => $"Step {number} reworded: '{change.Old}' is now '{change.New}'",
            "role" when string.IsNullOrEmpty(change.New) => $"Step {number} no longer has a role (was {change.Old})",
            "role" when string.IsNullOrEmpty(change.Old) => $"Step {number} is now done by {change.New} (had no role)",
            "role" => $"Step {number} is now done by {change.New} (was {change.Old})",
            "number" => $"Task '{change.Fact(item)}' moved from step {change.Old} to step {change.New}",
            { } field => ChangeSummary.Field($"{JobDescriptionWording.FieldName(field)} of step {number}", change.Old, change.New),
        };
    }
}
