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
    /// <param name="coveredTaskIds">The Task IDs of the model's <c>delegation.covering</c> rows, in their order (the
    /// model prints no IDs): a covered task keeps its identity when it is reworded.</param>
    public static IReadOnlyDictionary<string, string> Facts(IReadOnlyDictionary<string, object?> model, string owner, string approver, string templateSha,
        IReadOnlyList<string>? coveredTaskIds = null)
    {
        var role = (IReadOnlyDictionary<string, object?>)model["role"]!;
        var facts = new ModelFacts().Field(Organisation, model["organisation"])
            .Field("Title", role["title"]).Field("Department", role["department"]).Field(ReportsTo, role["reportsTo"])
            .Field(ReportsToHolder, role["reportsToHolder"]).Field("Direct reports", role["directReports"]).Field("Type", role["type"]).Field("Hours", role["hours"])
            .Field("Status", role["status"]).Field("Holder", role["holder"]).Field("Purpose", role["summary"])
            .Field("Owner", owner).Field("Approver", approver);
        // The person specification, as the document prints it.
        var person = (IReadOnlyDictionary<string, object?>)model["person"]!;
        facts.Field("Qualifications", person["qualifications"]).Field("Skills", person["skills"]).Field("Experience", person["experience"])
            .Field("Location", person["location"]).Field("Grade", person["grade"]).Field("Contract", person["contract"]);
        foreach (var task in Items(model["tasks"]))
        {
            var text = ModelFacts.Text(task["task"]);
            facts.Item("task", TaskKey(task), text,
                ("process", task["process"]), ("frequency", task["frequency"]), ("tools", task["tools"]), ("currentlyDoneBy", task["currentlyDoneBy"]));
        }
        // The order its tasks print in under each process (by step): a reordering is something the reader sees.
        facts.Tracks(Order);
        foreach (var group in Items(model["responsibilities"]).Where(g => g["inProcess"] is true))
        {
            var process = ModelFacts.Text(group["process"]);
            facts.Item(Order, process, process, ("tasks", string.Join(OrderSeparator, Items(group["tasks"]).Select(TaskKey))));
        }
        foreach (var owned in Items(model["processesOwned"]))
        {
            var name = ModelFacts.Text(owned["name"]);
            facts.Item("owns", name, name, ("system", owned["system"]), ("kpi", owned["kpi"]), ("target", owned["target"]),
                ("trigger", owned["trigger"]), ("outcome", owned["outcome"]));
        }
        // Every process the role takes part in, as its Performance measures table prints them: KPI, target and the
        // steps it does (an owned one's KPI and target are said once, the sentences being the same as above).
        foreach (var measure in Items(model["measures"]))
        {
            var name = ModelFacts.Text(measure["name"]);
            facts.Item("measure", name, name, ("kpi", measure["kpi"]), ("target", measure["target"]), ("steps", measure["steps"]));
        }
        // Who does the role's own work today, as its delegation table prints them ("Sam Doe (Technician)"), and the
        // other roles' work this role covers today, as its "covering" table prints it.
        var delegation = (IReadOnlyDictionary<string, object?>)model["delegation"]!;
        facts.Tracks(Delegated);
        foreach (var gap in Items(delegation["doneByOthers"]))
        {
            var text = ModelFacts.Text(gap["task"]);
            facts.Item(Delegated, text, text, ("doneBy", gap["doneBy"]));
        }
        facts.Tracks(Covers);
        var covering = Items(delegation["covering"]).ToList();
        for (var i = 0; i < covering.Count; i++)
        {
            var text = ModelFacts.Text(covering[i]["task"]);
            facts.Item(Covers, coveredTaskIds?.ElementAtOrDefault(i) is { Length: > 0 } id ? id : text, text, ("for", covering[i]["role"]),
                ("process", covering[i]["process"]), ("frequency", covering[i]["frequency"]), ("doneBy", covering[i]["doneBy"]));
        }
        JourneyModel.AddFacts(facts, model["journey"]);
        return facts.Field(ChangeSummary.TemplateFact, templateSha).Facts;
    }

    private const string Organisation = "Organisation", ReportsTo = "Reports to", ReportsToHolder = "Reports to holder", Covers = "covers",
        Delegated = "delegated", Order = "order", OrderSeparator = "\u001F";

    private static string TaskKey(IReadOnlyDictionary<string, object?> task) =>
        ModelFacts.Text(task["id"]) is { Length: > 0 } id ? id : ModelFacts.Text(task["task"]);

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
        if (item.StartsWith(Covers + ":", StringComparison.Ordinal))
        {
            return Covered(change);
        }
        if (item.StartsWith(Order + ":", StringComparison.Ordinal))
        {
            // Only the same tasks in another order: a task that came or went says so in its own row.
            return change.Field is null || change.Old is null || change.New is null
                || !change.Old.Split(OrderSeparator).ToHashSet(StringComparer.Ordinal).SetEquals(change.New.Split(OrderSeparator))
                ? null : Words.TasksReordered(change.Fact(item));
        }
        if (item.StartsWith(Delegated + ":", StringComparison.Ordinal))
        {
            // A task that someone else now does, or no longer does, says so in its own row (its current doer).
            return change.Field is null || change.Old is null || change.New is null ? null : Words.DoneTodayBy(change.Fact(item), change.New, change.Old);
        }
        return change.Key switch
        {
            Organisation => Words.Renamed(Words.Name(Organisation), change.Old, change.New),
            ReportsToHolder => ManagerHeld(change),
            "Purpose" => Words.PurposeRewritten,
            _ => JourneyModel.Describe(Words, change) ?? Words.Field(change.Key, Words.Name(change.Key), change.Old, change.New),
        };
    }

    // "Now covers 'X' for Technician": the role a covered task belongs to is named with it.
    private string Covered(FactChange change)
    {
        var task = change.Fact(change.Item);
        var role = change.Fact(change.Item + ":for");
        return change.Field switch
        {
            null when change.Old is null => Words.CoverAdded(change.New!, role),
            null when change.New is null => Words.CoverRemoved(change.Old, role),
            null => Words.CoverReworded(change.Old, change.New),
            "for" when !string.IsNullOrEmpty(change.New) => Words.CoverNowFor(task, change.New, change.Old ?? string.Empty),
            "doneBy" when !string.IsNullOrEmpty(change.Old) && !string.IsNullOrEmpty(change.New) => Words.DoneTodayBy(task, change.New, change.Old),
            var field => Words.Field(field, Words.CoverField(Words.Name(field), task), change.Old, change.New),
        };
    }

    // The Reports-to role kept its title and changed hands. When the role now reports to another role, that row says it.
    private string? ManagerHeld(FactChange change)
    {
        var manager = change.NewFacts.GetValueOrDefault(ReportsTo, string.Empty);
        if (manager.Length == 0 || (change.OldFacts.TryGetValue(ReportsTo, out var before) && before != manager))
        {
            return null;
        }
        return string.IsNullOrEmpty(change.New) ? Words.ReportsToVacant(manager) : Words.ReportsToHeldBy(manager, change.New);
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
