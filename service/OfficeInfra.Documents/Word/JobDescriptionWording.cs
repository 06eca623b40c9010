using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Word;

/// <summary>What a job description's history names: the role's details and person specification, its tasks (by Task
/// ID), the processes it owns and the KPIs, targets and steps of the others it takes part in; in the organisation's
/// language.</summary>
public sealed class JobDescriptionWording : IChangeWording
{
    private static readonly JobDescriptionWording Turkish = new(ChangeWords.Turkish), Chinese = new(ChangeWords.Chinese);

    private JobDescriptionWording(ChangeWords words) => Words = words;

    /// <summary>The English wording.</summary>
    public static JobDescriptionWording Instance { get; } = new(ChangeWords.English);

    /// <summary>The wording in <paramref name="language"/>.</summary>
    public static JobDescriptionWording For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => Instance,
    };

    /// <inheritdoc />
    public ChangeWords Words { get; }

    /// <summary>The facts of a job description model (built by <see cref="JobDescriptionModel"/>).</summary>
    public static IReadOnlyDictionary<string, string> Facts(IReadOnlyDictionary<string, object?> model, string owner, string approver, string templateSha)
    {
        var role = (IReadOnlyDictionary<string, object?>)model["role"]!;
        var facts = new ModelFacts()
            .Field("Title", role["title"]).Field("Department", role["department"]).Field("Reports to", role["reportsTo"])
            .Field("Direct reports", role["directReports"]).Field("Type", role["type"]).Field("Hours", role["hours"])
            .Field("Status", role["status"]).Field("Holder", role["holder"]).Field("Purpose", role["summary"])
            .Field("Owner", owner).Field("Approver", approver);
        // The person specification, as the document prints it.
        var person = (IReadOnlyDictionary<string, object?>)model["person"]!;
        facts.Field("Qualifications", person["qualifications"]).Field("Skills", person["skills"]).Field("Experience", person["experience"])
            .Field("Location", person["location"]).Field("Grade", person["grade"]).Field("Contract", person["contract"]);
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
        // The other processes the role takes part in, as its Performance measures table prints them (the owned ones are above).
        foreach (var measure in Items(model["measures"]).Where(m => m["owner"] is not true))
        {
            var name = ModelFacts.Text(measure["name"]);
            facts.Item("measure", name, name, ("kpi", measure["kpi"]), ("target", measure["target"]), ("steps", measure["steps"]));
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
            return change.Field switch
            {
                null when change.Old is null => Words.TaskAdded(change.New!),
                null when change.New is null => Words.TaskRemoved(change.Old),
                null => Words.TaskReworded(change.Old, change.New),
                var field => Words.Field(field, Words.TaskField(Words.Name(field), change.Fact(item)), change.Old, change.New),
            };
        }
        if (item.StartsWith("owns:", StringComparison.Ordinal))
        {
            return change.Field is null
                ? change.New is null ? Words.NoLongerOwns(change.Old!) : Words.NowOwns(change.New)
                : Words.Field(Words.ProcessField(Words.Name(change.Field), change.Fact(item)), change.Old, change.New);
        }
        if (item.StartsWith("measure:", StringComparison.Ordinal))
        {
            // A process the role starts or stops taking part in, or steps its tasks added or removed, come with a task
            // row of the history already.
            return change.Field is null || (change.Field == "steps" && TasksCameOrWent(change))
                ? null
                : Words.Field(Words.ProcessField(Words.Name(change.Field), change.Fact(item)), change.Old, change.New);
        }
        return JourneyModel.Describe(Words, change)
            ?? (change.Key == "Purpose" ? Words.PurposeRewritten : Words.Field(change.Key, Words.Name(change.Key), change.Old, change.New));
    }

    private static bool TasksCameOrWent(FactChange change)
    {
        static IEnumerable<string> Tasks(IReadOnlyDictionary<string, string> facts) =>
            facts.Keys.Where(k => k.StartsWith("task:", StringComparison.Ordinal) && k.Count(c => c == ':') == 1);
        return !Tasks(change.OldFacts).ToHashSet(StringComparer.Ordinal).SetEquals(Tasks(change.NewFacts));
    }

    internal static IEnumerable<IReadOnlyDictionary<string, object?>> Items(object? list) =>
        ((IEnumerable<object?>?)list ?? []).OfType<IReadOnlyDictionary<string, object?>>();
}
