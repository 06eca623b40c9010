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
            ["responsibilities"] = Responsibilities(index, tasks, role.Department),
            ["tasks"] = tasks.Select(t => (object?)Task(index, t, role.Department)).ToArray(),
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
            // A manager in a department hidden from this one's readers is named by title only.
            ["reportsToHolder"] = manager is { IsVacant: false } && !index.Disclosure.Hides(manager, role.Department) ? Text(manager.Holder) : string.Empty,
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
    private static object?[] Responsibilities(RegisterIndex index, IReadOnlyList<TaskItem> tasks, string reader)
    {
        var words = index.Words;
        return tasks
            .GroupBy(t => new RegisterName(t.Process))
            .OrderBy(g => g.Key.IsBlank ? int.MaxValue : index.ProcessOrder.GetValueOrDefault(g.Key, int.MaxValue - 1))
            .Select(g => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = g.Key.IsBlank ? words.OtherResponsibilities : g.Key.Display,
                ["process"] = g.Key.Display,
                ["inProcess"] = !g.Key.IsBlank,
                ["tools"] = ToolsOf(g),
                ["tasks"] = g.OrderBy(t => g.Key.IsBlank ? 0 : t.StepNumber ?? decimal.MaxValue).Select(t => (object?)Task(index, t, reader)).ToArray(),
            })
            .ToArray();
    }

    /// <summary>
    /// The other roles' work the role's holder covers, as its job description lists it (<c>delegation.covering</c>, in
    /// that order): never the work of a role in a department hidden from this one's readers (its own job description
    /// says who covers it).
    /// </summary>
    internal static IEnumerable<DelegationGap> Covered(RegisterIndex index, Role role)
    {
        var disclosure = index.Disclosure;
        return index.Delegation.Covering(role.Title).Where(g => !disclosure.Hides(disclosure.RoleNamed(g.ShouldDo), role.Department));
    }

    // The role's work that others do today, and the other roles' work its holder covers.
    private static Dictionary<string, object?> DelegationOf(RegisterIndex index, Role role)
    {
        var doneByOthers = index.Delegation.DoneByOthers(role.Title).Select(g => (object?)Gap(index, g, role.Department)).ToArray();
        var covering = Covered(index, role).Select(g => (object?)Gap(index, g, role.Department)).ToArray();
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
        var owners = RegisterIndex.Find(index.ProcessesByOwner, role.Title).Select(p => new RegisterName(p.Name)).ToHashSet();
        var stepsOf = tasks.GroupBy(t => new RegisterName(t.Process)).Where(g => !g.Key.IsBlank).ToDictionary(g => g.Key, g => g.ToList());
        return owners.Concat(stepsOf.Keys).Distinct()
            .Select(name => index.Processes.GetValueOrDefault(name))
            .OfType<Process>()
            .OrderBy(p => index.ProcessOrder.GetValueOrDefault(p.Name, int.MaxValue))
            .Select(p =>
            {
                var owner = owners.Contains(p.Name);
                var steps = (stepsOf.GetValueOrDefault(p.Name) ?? []).Select(t => index.PrintedStep(t)).Where(n => n > 0).Order()
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
        tasks.SelectMany(t => t.Tools).Select(t => new RegisterName(t)).Where(t => !t.IsBlank).Distinct()
            .Select(t => t.Display).Order(StringComparer.OrdinalIgnoreCase).ToArray<object?>();

    // Who does the work is named as the reader may see it (Disclosure.Name): a hidden role's holder is not named.
    private static Dictionary<string, object?> Gap(RegisterIndex index, DelegationGap gap, string reader)
    {
        var disclosure = index.Disclosure;
        var hidden = disclosure.Hides(disclosure.RoleNamed(gap.DoneBy), reader);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["task"] = Text(gap.Task.Task),
            ["process"] = Text(gap.Task.Process),
            ["frequency"] = index.Words.FrequencyOf(gap.Task.Frequency),
            ["doneBy"] = hidden ? disclosure.Name(gap.DoneBy, reader)
                : gap.DoerRole.Length > 0 && new RegisterName(gap.DoerRole) != gap.DoneBy ? $"{gap.DoneBy} ({gap.DoerRole})" : gap.DoneBy,
            ["role"] = disclosure.Name(gap.ShouldDo, reader),
        };
    }

    private static Dictionary<string, object?> Task(RegisterIndex index, TaskItem task, string reader) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = Text(task.Id),
        ["task"] = Text(task.Task),
        ["process"] = Text(task.Process),
        ["step"] = Text(task.Step),
        ["frequency"] = index.Words.FrequencyOf(task.Frequency),
        ["tools"] = task.Tools.Select(t => (object?)t.Trim()).ToArray(),
        ["currentlyDoneBy"] = index.Disclosure.Name(DelegationMap.DoneByIfDifferent(task), reader),
    };
}
