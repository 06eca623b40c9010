using OfficeInfra.Documents.Word.Templating;
using OfficeInfra.Registers.Model;
using static OfficeInfra.Documents.Word.DepartmentModel;

namespace OfficeInfra.Documents.Word;

/// <summary>
/// The data a job description template is rendered with (one role). Tag names are listed in Templates/TAGS.md;
/// <see cref="Shape"/> is what <see cref="TemplateChecker"/> checks templates against.
/// </summary>
public static class JobDescriptionModel
{
    /// <summary>Name of a group that holds the tasks outside any process.</summary>
    public const string OtherResponsibilities = "Other responsibilities";

    private static readonly TemplateShape TaskShape = TemplateShape.RecordOf(
        ("id", TemplateShape.Text), ("task", TemplateShape.Text), ("process", TemplateShape.Text), ("step", TemplateShape.Text),
        ("frequency", TemplateShape.Text), ("tools", TemplateShape.ListOf(TemplateShape.Text)),
        ("currentlyDoneBy", TemplateShape.Text));

    /// <summary>The tags a job description template may use.</summary>
    public static TemplateShape Shape { get; } = TemplateShape.RecordOf(
        ("organisation", TemplateShape.Text),
        ("asOf", TemplateShape.Text),
        ("control", ControlModel.Shape),
        ("department", DepartmentModel.Shape),
        ("role", TemplateShape.RecordOf(
            ("title", TemplateShape.Text), ("department", TemplateShape.Text), ("reportsTo", TemplateShape.Text),
            ("directReports", TemplateShape.ListOf(TemplateShape.Text)), ("type", TemplateShape.Text),
            ("hours", TemplateShape.Text), ("status", TemplateShape.Text), ("vacant", TemplateShape.Flag),
            ("holder", TemplateShape.Text), ("summary", TemplateShape.Text))),
        ("responsibilities", TemplateShape.ListOf(TemplateShape.RecordOf(
            ("name", TemplateShape.Text), ("process", TemplateShape.Text), ("inProcess", TemplateShape.Flag),
            ("tasks", TemplateShape.ListOf(TaskShape))))),
        ("tasks", TemplateShape.ListOf(TaskShape)),
        ("tools", TemplateShape.ListOf(TemplateShape.Text)),
        ("processesOwned", TemplateShape.ListOf(TemplateShape.RecordOf(
            ("name", TemplateShape.Text), ("system", TemplateShape.Text), ("trigger", TemplateShape.Text),
            ("outcome", TemplateShape.Text), ("kpi", TemplateShape.Text), ("target", TemplateShape.Text)))));

    /// <summary>The model without dates: run dates never enter a document's content identity.</summary>
    internal static Dictionary<string, object?> Build(RegisterIndex index, Role role)
    {
        var tasks = RegisterIndex.Find(index.TasksByRole, role.Title);
        var groups = tasks
            .GroupBy(t => Text(t.Process), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key.Length == 0 ? int.MaxValue : index.ProcessOrder.GetValueOrDefault(g.Key, int.MaxValue - 1))
            .Select(g => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = g.Key.Length == 0 ? OtherResponsibilities : g.Key,
                ["process"] = g.Key,
                ["inProcess"] = g.Key.Length > 0,
                ["tasks"] = g.OrderBy(t => g.Key.Length == 0 ? 0 : t.StepNumber ?? decimal.MaxValue).Select(Task).ToArray(),
            })
            .ToArray();
        var tools = tasks.SelectMany(t => t.Tools).Select(t => t.Trim()).Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray<object?>();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["organisation"] = Text(index.Registers.Organisation),
            ["department"] = DepartmentModel.Build(role.Department, index.DepartmentOf(role.Department)),
            ["role"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["title"] = Text(role.Title),
                ["department"] = Text(role.Department),
                ["reportsTo"] = Text(role.ReportsTo),
                ["directReports"] = RegisterIndex.Find(index.DirectReports, role.Title).Select(r => (object?)Text(r.Title)).ToArray(),
                ["type"] = RoleTypes.List.TextOf(role.RoleType),
                ["hours"] = HoursList.List.TryParse(role.Hours, out var hours) ? HoursList.List.TextOf(hours) : Text(role.Hours),
                ["status"] = role.IsVacant ? "Vacant" : "Filled",
                ["vacant"] = role.IsVacant,
                ["holder"] = role.IsVacant ? string.Empty : Text(role.Holder),
                ["summary"] = Text(role.Summary),
            },
            ["responsibilities"] = groups,
            ["tasks"] = tasks.Select(Task).ToArray(),
            ["tools"] = tools,
            ["processesOwned"] = RegisterIndex.Find(index.ProcessesByOwner, role.Title).Select(p => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = Text(p.Name),
                ["system"] = Text(p.System),
                ["trigger"] = Text(p.Trigger),
                ["outcome"] = Text(p.Outcome),
                ["kpi"] = Text(p.Kpi),
                ["target"] = Text(p.Target),
            }).ToArray(),
        };
    }

    private static object? Task(TaskItem task) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = Text(task.Id),
        ["task"] = Text(task.Task),
        ["process"] = Text(task.Process),
        ["step"] = Text(task.Step),
        ["frequency"] = Frequencies.List.TryParse(task.Frequency, out var f) ? Frequencies.List.TextOf(f) : Text(task.Frequency),
        ["tools"] = task.Tools.Select(t => (object?)t.Trim()).ToArray(),
        ["currentlyDoneBy"] = Text(task.CurrentlyDoneBy),
    };
}
