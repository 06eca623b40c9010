using System.Globalization;
using OfficeInfra.Documents.Word.Templating;
using OfficeInfra.Registers.Model;
using static OfficeInfra.Documents.Word.DepartmentModel;

namespace OfficeInfra.Documents.Word;

/// <summary>
/// The data an SOP template is rendered with (one process). Tag names are listed in Templates/TAGS.md;
/// <see cref="Shape"/> is what <see cref="TemplateChecker"/> checks templates against.
/// </summary>
public static class SopModel
{
    /// <summary>The tags an SOP template may use.</summary>
    public static TemplateShape Shape { get; } = TemplateShape.RecordOf(
        ("organisation", TemplateShape.Text),
        ("asOf", TemplateShape.Text),
        ("reviewDue", TemplateShape.Text),
        ("control", ControlModel.Shape),
        ("department", DepartmentModel.Shape),
        ("process", TemplateShape.RecordOf(
            ("name", TemplateShape.Text), ("department", TemplateShape.Text), ("system", TemplateShape.Text),
            ("owner", TemplateShape.Text), ("purpose", TemplateShape.Text), ("trigger", TemplateShape.Text),
            ("outcome", TemplateShape.Text), ("kpi", TemplateShape.Text), ("target", TemplateShape.Text),
            ("tools", TemplateShape.ListOf(TemplateShape.Text)))),
        ("steps", TemplateShape.ListOf(TemplateShape.RecordOf(
            ("number", TemplateShape.Text), ("step", TemplateShape.Text), ("id", TemplateShape.Text),
            ("task", TemplateShape.Text), ("role", TemplateShape.Text), ("frequency", TemplateShape.Text),
            ("tools", TemplateShape.ListOf(TemplateShape.Text)), ("currentlyDoneBy", TemplateShape.Text)))),
        ("roles", TemplateShape.ListOf(TemplateShape.Text)));

    /// <summary>The model without dates: run dates never enter a document's content identity.</summary>
    internal static Dictionary<string, object?> Build(RegisterIndex index, Process process)
    {
        // Steps in order of their number; steps without one keep the workbook's order after the numbered ones.
        var steps = RegisterIndex.Find(index.TasksByProcess, process.Name)
            .Select((t, i) => (Task: t, Order: i))
            .OrderBy(s => s.Task.StepNumber ?? decimal.MaxValue).ThenBy(s => s.Order)
            .Select(s => s.Task).ToList();
        var department = Text(process.Department);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["organisation"] = Text(index.Registers.Organisation),
            ["department"] = DepartmentModel.Build(process.Department, index.DepartmentOf(process.Department)),
            ["process"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = Text(process.Name),
                ["department"] = department,
                ["system"] = Text(process.System),
                ["owner"] = Text(process.Owner),
                ["purpose"] = $"This procedure sets out how the {department} department runs the {Text(process.Name)} process: what starts it, each step in order and who does it, and how its performance is measured.",
                ["trigger"] = Text(process.Trigger),
                ["outcome"] = Text(process.Outcome),
                ["kpi"] = Text(process.Kpi),
                ["target"] = Text(process.Target),
                ["tools"] = process.Tools.Select(t => (object?)t.Trim()).ToArray(),
            },
            ["steps"] = steps.Select((t, i) => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["number"] = (i + 1).ToString(CultureInfo.InvariantCulture),
                ["step"] = Text(t.Step),
                ["id"] = Text(t.Id),
                ["task"] = Text(t.Task),
                ["role"] = Text(t.Role),
                ["frequency"] = Frequencies.List.TryParse(t.Frequency, out var f) ? Frequencies.List.TextOf(f) : Text(t.Frequency),
                ["tools"] = t.Tools.Select(x => (object?)x.Trim()).ToArray(),
                ["currentlyDoneBy"] = Text(t.CurrentlyDoneBy),
            }).ToArray(),
            ["roles"] = steps.Select(t => Text(t.Role)).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(r => (object?)r).ToArray(),
        };
    }
}
