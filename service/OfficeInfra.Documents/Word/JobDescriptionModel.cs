using System.Globalization;
using OfficeInfra.Documents.Delegation;
using OfficeInfra.Documents.Word.Templating;
using OfficeInfra.Registers.Model;
using static OfficeInfra.Documents.Word.DepartmentModel;

namespace OfficeInfra.Documents.Word;

/// <summary>
/// The data a job description template is rendered with (one role; the internship, volunteer and service-scope
/// templates get the same). Tag names are listed in Templates/TAGS.md; <see cref="Shape"/> is what
/// <see cref="TemplateChecker"/> checks templates against.
/// </summary>
public static class JobDescriptionModel
{
    private static readonly TemplateShape TaskShape = TemplateShape.RecordOf(
        ("id", TemplateShape.Text), ("task", TemplateShape.Text), ("process", TemplateShape.Text), ("step", TemplateShape.Text),
        ("frequency", TemplateShape.Text), ("tools", TemplateShape.ListOf(TemplateShape.Text)),
        ("currentlyDoneBy", TemplateShape.Text));

    private static readonly TemplateShape GapShape = TemplateShape.ListOf(TemplateShape.RecordOf(
        ("task", TemplateShape.Text), ("process", TemplateShape.Text), ("frequency", TemplateShape.Text),
        ("doneBy", TemplateShape.Text), ("role", TemplateShape.Text)));

    /// <summary>The tags a job description template may use.</summary>
    public static TemplateShape Shape { get; } = TemplateShape.RecordOf(
        ("organisation", TemplateShape.Text),
        ("language", TemplateShape.Text),
        ("asOf", TemplateShape.Text),
        ("control", ControlModel.Shape),
        ("department", DepartmentModel.Shape),
        ("role", TemplateShape.RecordOf(
            ("title", TemplateShape.Text), ("department", TemplateShape.Text), ("reportsTo", TemplateShape.Text),
            ("reportsToHolder", TemplateShape.Text),
            ("directReports", TemplateShape.ListOf(TemplateShape.Text)), ("type", TemplateShape.Text),
            ("hours", TemplateShape.Text), ("status", TemplateShape.Text), ("vacant", TemplateShape.Flag),
            ("holder", TemplateShape.Text), ("summary", TemplateShape.Text),
            ("timeGiven", TemplateShape.ListOf(TemplateShape.Text)))),
        ("person", TemplateShape.RecordOf(
            ("any", TemplateShape.Flag), ("qualifications", TemplateShape.Text), ("skills", TemplateShape.Text),
            ("experience", TemplateShape.Text), ("location", TemplateShape.Text), ("grade", TemplateShape.Text),
            ("contract", TemplateShape.Text))),
        ("responsibilities", TemplateShape.ListOf(TemplateShape.RecordOf(
            ("name", TemplateShape.Text), ("process", TemplateShape.Text), ("inProcess", TemplateShape.Flag),
            ("tools", TemplateShape.ListOf(TemplateShape.Text)), ("tasks", TemplateShape.ListOf(TaskShape))))),
        ("tasks", TemplateShape.ListOf(TaskShape)),
        ("tools", TemplateShape.ListOf(TemplateShape.Text)),
        ("delegation", TemplateShape.RecordOf(
            ("any", TemplateShape.Flag), ("doneByOthers", GapShape), ("covering", GapShape))),
        ("measures", TemplateShape.ListOf(TemplateShape.RecordOf(
            ("name", TemplateShape.Text), ("kpi", TemplateShape.Text), ("target", TemplateShape.Text),
            ("owner", TemplateShape.Flag), ("steps", TemplateShape.Text), ("part", TemplateShape.Text)))),
        ("processesOwned", TemplateShape.ListOf(TemplateShape.RecordOf(
            ("name", TemplateShape.Text), ("system", TemplateShape.Text), ("trigger", TemplateShape.Text),
            ("outcome", TemplateShape.Text), ("kpi", TemplateShape.Text), ("target", TemplateShape.Text)))),
        ("journey", JourneyModel.Shape));

    /// <summary>The model without dates: run dates never enter a document's content identity.</summary>
    internal static Dictionary<string, object?> Build(RegisterIndex index, Role role)
    {
        var words = index.Words;
        var tasks = RegisterIndex.Find(index.TasksByRole, role.Title);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["organisation"] = Text(index.Registers.Organisation),
            ["language"] = words.Tag,
            ["department"] = DepartmentModel.Build(role.Department, index.DepartmentOf(role.Department)),
            ["role"] = RoleOf(index, role, tasks),
            ["person"] = PersonOf(role),
            ["responsibilities"] = Responsibilities(index, tasks),
            ["tasks"] = tasks.Select(t => (object?)Task(words, t)).ToArray(),
            ["tools"] = ToolsOf(tasks),
            ["delegation"] = DelegationOf(index, role),
            ["measures"] = Measures(index, role, tasks),
            ["processesOwned"] = ProcessesOwned(index, role),
            ["journey"] = JourneyModel.Build(index.Journey.StagesOfRole(role.Title)),
        };
    }

    private static Dictionary<string, object?> RoleOf(RegisterIndex index, Role role, IReadOnlyList<TaskItem> tasks)
    {
        var words = index.Words;
        var manager = index.Roles.GetValueOrDefault(Text(role.ReportsTo));
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = Text(role.Title),
            ["department"] = Text(role.Department),
            ["reportsTo"] = Text(role.ReportsTo),
            ["reportsToHolder"] = manager is { IsVacant: false } ? Text(manager.Holder) : string.Empty,
            ["directReports"] = RegisterIndex.Find(index.DirectReports, role.Title).Select(r => (object?)Text(r.Title)).ToArray(),
            ["type"] = words.RoleTypes[role.RoleType],
            ["hours"] = words.HoursOf(role.Hours),
            ["status"] = role.IsVacant ? words.Vacant : words.Filled,
            ["vacant"] = role.IsVacant,
            ["holder"] = role.IsVacant ? string.Empty : Text(role.Holder),
            ["summary"] = Text(role.Summary),
            // How often the role's work comes round, in the list's order: a volunteer's "time given", read as one
            // phrase ("Monthly, as needed").
            ["timeGiven"] = tasks.Select(t => Frequencies.List.TryParse(t.Frequency, out var f) ? (Frequency?)f : null)
                .OfType<Frequency>().Distinct().Order().Select((f, i) => (object?)(i == 0 ? words.Frequencies[f] : words.InList(words.Frequencies[f]))).ToArray(),
        };
    }

    // The person specification: who the role is for.
    private static Dictionary<string, object?> PersonOf(Role role) => new(StringComparer.Ordinal)
    {
        ["any"] = new[] { role.Qualifications, role.Skills, role.Experience, role.Location, role.Grade, role.Contract }
            .Any(v => !string.IsNullOrWhiteSpace(v)),
        ["qualifications"] = Text(role.Qualifications),
        ["skills"] = Text(role.Skills),
        ["experience"] = Text(role.Experience),
        ["location"] = Text(role.Location),
        ["grade"] = Text(role.Grade),
        ["contract"] = Text(role.Contract),
    };

    // The role's tasks by process, in the register's order of processes; tasks outside any process last.
    private static object?[] Responsibilities(RegisterIndex index, IReadOnlyList<TaskItem> tasks)
    {
        var words = index.Words;
        return tasks
            .GroupBy(t => Text(t.Process), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key.Length == 0 ? int.MaxValue : index.ProcessOrder.GetValueOrDefault(g.Key, int.MaxValue - 1))
            .Select(g => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = g.Key.Length == 0 ? words.OtherResponsibilities : g.Key,
                ["process"] = g.Key,
                ["inProcess"] = g.Key.Length > 0,
                ["tools"] = ToolsOf(g),
                ["tasks"] = g.OrderBy(t => g.Key.Length == 0 ? 0 : t.StepNumber ?? decimal.MaxValue).Select(t => (object?)Task(words, t)).ToArray(),
            })
            .ToArray();
    }

    // The role's work that others do today, and the other roles' work its holder covers.
    private static Dictionary<string, object?> DelegationOf(RegisterIndex index, Role role)
    {
        var doneByOthers = index.Delegation.DoneByOthers(role.Title).Select(g => (object?)Gap(index.Words, g)).ToArray();
        var covering = index.Delegation.Covering(role.Title).Select(g => (object?)Gap(index.Words, g)).ToArray();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["any"] = doneByOthers.Length + covering.Length > 0,
            ["doneByOthers"] = doneByOthers,
            ["covering"] = covering,
        };
    }

    private static object?[] ProcessesOwned(RegisterIndex index, Role role) =>
        RegisterIndex.Find(index.ProcessesByOwner, role.Title).Select(p => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = Text(p.Name),
            ["system"] = Text(p.System),
            ["trigger"] = Text(p.Trigger),
            ["outcome"] = Text(p.Outcome),
            ["kpi"] = Text(p.Kpi),
            ["target"] = Text(p.Target),
        }).ToArray();

    /// <summary>Every process the role takes part in (owns, or does a step of), in the register's order, with its KPI.</summary>
    private static object?[] Measures(RegisterIndex index, Role role, IReadOnlyList<TaskItem> tasks)
    {
        var owned = RegisterIndex.Find(index.ProcessesByOwner, role.Title).Select(p => p.Name.Trim());
        var stepsOf = tasks.Where(t => Text(t.Process).Length > 0)
            .GroupBy(t => Text(t.Process), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var owners = new HashSet<string>(owned, StringComparer.OrdinalIgnoreCase);
        return owners.Concat(stepsOf.Keys).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => index.Processes.GetValueOrDefault(name))
            .OfType<Process>()
            .OrderBy(p => index.ProcessOrder.GetValueOrDefault(p.Name.Trim(), int.MaxValue))
            .Select(p =>
            {
                var owner = owners.Contains(p.Name.Trim());
                var steps = (stepsOf.GetValueOrDefault(p.Name.Trim()) ?? []).Select(t => index.PrintedStep(t)).Where(n => n > 0).Order()
                    .Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
                return (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["name"] = Text(p.Name),
                    ["kpi"] = Text(p.Kpi),
                    ["target"] = Text(p.Target),
                    ["owner"] = owner,
                    ["steps"] = index.Words.Lists.Series(steps),
                    ["part"] = index.Words.PartPlayed(owner, steps),
                };
            })
            .ToArray();
    }

    private static object?[] ToolsOf(IEnumerable<TaskItem> tasks) =>
        tasks.SelectMany(t => t.Tools).Select(t => t.Trim()).Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray<object?>();

    private static Dictionary<string, object?> Gap(Wording.ProductWords words, DelegationGap gap) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["task"] = Text(gap.Task.Task),
        ["process"] = Text(gap.Task.Process),
        ["frequency"] = words.FrequencyOf(gap.Task.Frequency),
        ["doneBy"] = gap.DoerRole.Length > 0 && !string.Equals(gap.DoerRole, gap.DoneBy, StringComparison.OrdinalIgnoreCase)
            ? $"{gap.DoneBy} ({gap.DoerRole})" : gap.DoneBy,
        ["role"] = gap.ShouldDo,
    };

    private static Dictionary<string, object?> Task(Wording.ProductWords words, TaskItem task) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = Text(task.Id),
        ["task"] = Text(task.Task),
        ["process"] = Text(task.Process),
        ["step"] = Text(task.Step),
        ["frequency"] = words.FrequencyOf(task.Frequency),
        ["tools"] = task.Tools.Select(t => (object?)t.Trim()).ToArray(),
        ["currentlyDoneBy"] = DelegationMap.DoneByIfDifferent(task),
    };
}
