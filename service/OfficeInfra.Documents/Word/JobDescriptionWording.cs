using OfficeInfra.Documents.Control;

namespace OfficeInfra.Documents.Word;

/// <summary>What a job description's history names: the role's details, its tasks (by Task ID) and the processes it owns.</summary>
public sealed class JobDescriptionWording : IChangeWording
{
    /// <summary>The one instance (it holds no state).</summary>
    public static JobDescriptionWording Instance { get; } = new();

    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["frequency"] = "Frequency", ["tools"] = "Tools", ["process"] = "Process", ["currentlyDoneBy"] = "Currently done by",
        ["system"] = "System", ["kpi"] = "KPI", ["target"] = "KPI target", ["trigger"] = "Trigger", ["outcome"] = "Outcome",
    };

    /// <summary>The facts of a job description model (built by <see cref="JobDescriptionModel"/>).</summary>
    public static IReadOnlyDictionary<string, string> Facts(IReadOnlyDictionary<string, object?> model, string owner, string approver, string templateSha)
    {
        var role = (IReadOnlyDictionary<string, object?>)model["role"]!;
        var facts = new ModelFacts()
            .Field("Title", role["title"]).Field("Department", role["department"]).Field("Reports to", role["reportsTo"])
            .Field("Direct reports", role["directReports"]).Field("Type", role["type"]).Field("Hours", role["hours"])
            .Field("Status", role["status"]).Field("Holder", role["holder"]).Field("Purpose", role["summary"])
            .Field("Owner", owner).Field("Approver", approver);
        foreach (var task in Items(model["tasks"]))
        {
            var text = ModelFacts.Text(task["task"]);
            facts.Item("task", ModelFacts.Text(task["id"]) is { Length: > 0 } id ? id : text, text,
                ("process", task["process"]), ("frequency", task["frequency"]), ("tools", task["tools"]), ("currentlyDoneBy", task["currentlyDoneBy"]));
        }
        foreach (var owned in Items(model["processesOwned"]))
        {
            var name = ModelFacts.Text(owned["name"]);
            facts.Item("owns", name, name, ("system", owned["system"]), ("kpi", owned["kpi"]), ("target", owned["target"]),
                ("trigger", owned["trigger"]), ("outcome", owned["outcome"]));
        }
        JourneyModel.AddFacts(facts, model["journey"]);
        return facts.Field(ChangeSummary.TemplateFact, templateSha).Facts;
    }

    /// <inheritdoc />
    public bool IsAnchor(string key) => key.StartsWith("task:", StringComparison.Ordinal) && key.Count(c => c == ':') == 1;

    /// <inheritdoc />
    public string? Describe(FactChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var item = change.Item;
        if (item.StartsWith("task:", StringComparison.Ordinal))
        {
            return Item("Task", change, change.Fact(item));
        }
        if (item.StartsWith("owns:", StringComparison.Ordinal))
        {
            return change.Field is null
                ? change.New is null ? $"No longer owns process '{change.Old}'" : $"Now owns process '{change.New}'"
                : ChangeSummary.Field($"{FieldName(change.Field)} of process '{change.Fact(item)}'", change.Old, change.New);
        }
        return JourneyModel.Describe(change) ?? (change.Key == "Purpose" ? "Purpose of the role rewritten" : ChangeSummary.Field(change.Key, change.Old, change.New));
    }

    /// <summary>Names a change to a listed item and its fields: added, removed, reworded, or one field changed.</summary>
    internal static string Item(string noun, FactChange change, string text) => change.Field switch
    {
        null when change.Old is null => $"{noun} '{change.New}' added",
        null when change.New is null => $"{noun} '{change.Old}' removed",
        null => $"{noun} '{change.Old}' reworded as '{change.New}'",
        var field => ChangeSummary.Field($"{FieldName(field)} of {noun.ToLowerInvariant()} '{text}'", change.Old, change.New),
    };

    /// <summary>How a field of a task or process is named in a sentence.</summary>
    internal static string FieldName(string field) => FieldNames.GetValueOrDefault(field, field);

    internal static IEnumerable<IReadOnlyDictionary<string, object?>> Items(object? list) =>
        ((IEnumerable<object?>?)list ?? []).OfType<IReadOnlyDictionary<string, object?>>();
}
