using System.Globalization;
using OfficeInfra.Documents.Delegation;
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
    /// <summary>The most related procedures an SOP lists (the closest first).</summary>
    public const int MaxRelated = 8;

    /// <summary>The tags an SOP template may use.</summary>
    public static TemplateShape Shape { get; } = TemplateShape.RecordOf(
        ("organisation", TemplateShape.Text),
        ("language", TemplateShape.Text),
        ("asOf", TemplateShape.Text),
        ("reviewDue", TemplateShape.Text),
        ("control", ControlModel.Shape),
        ("department", DepartmentModel.Shape),
        ("process", TemplateShape.RecordOf(
            ("name", TemplateShape.Text), ("department", TemplateShape.Text), ("system", TemplateShape.Text),
            ("owner", TemplateShape.Text), ("purpose", TemplateShape.Text), ("trigger", TemplateShape.Text),
            ("outcome", TemplateShape.Text), ("kpi", TemplateShape.Text), ("target", TemplateShape.Text),
            ("tools", TemplateShape.ListOf(TemplateShape.Text)), ("records", TemplateShape.Text),
            ("firstStep", TemplateShape.Text), ("lastStep", TemplateShape.Text))),
        ("steps", TemplateShape.ListOf(TemplateShape.RecordOf(
            ("number", TemplateShape.Text), ("step", TemplateShape.Text), ("id", TemplateShape.Text),
            ("task", TemplateShape.Text), ("role", TemplateShape.Text), ("frequency", TemplateShape.Text),
            ("tools", TemplateShape.ListOf(TemplateShape.Text)), ("currentlyDoneBy", TemplateShape.Text)))),
        ("roles", TemplateShape.ListOf(TemplateShape.Text)),
        ("responsibilities", TemplateShape.ListOf(TemplateShape.RecordOf(
            ("role", TemplateShape.Text), ("steps", TemplateShape.Text), ("accountable", TemplateShape.Flag)))),
        ("related", TemplateShape.ListOf(TemplateShape.RecordOf(
            ("name", TemplateShape.Text), ("department", TemplateShape.Text)))),
        ("journey", JourneyModel.Shape));

    /// <summary>The model without dates: run dates never enter a document's content identity.</summary>
    internal static Dictionary<string, object?> Build(RegisterIndex index, Process process)
    {
        var words = index.Words;
        var steps = RegisterIndex.Find(index.StepsByProcess, process.Name);
        var name = Text(process.Name);
        var owner = Text(process.Owner);
        // The process's own tools first, then each step's, so the two never contradict each other.
        var tools = process.Tools.Concat(steps.SelectMany(t => t.Tools)).Select(t => new RegisterName(t)).Where(t => !t.IsBlank)
            .Distinct().Select(t => (object?)t.Display).ToArray();
        var roles = steps.Select(t => new RegisterName(t.Role)).Where(r => !r.IsBlank).Distinct().Select(r => r.Display).ToList();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["organisation"] = Text(index.Registers.Organisation),
            ["language"] = words.Tag,
            ["department"] = DepartmentModel.Build(process.Department, index.DepartmentOf(process.Department)),
            ["process"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = name,
                ["department"] = Text(process.Department),
                ["system"] = Text(process.System),
                ["owner"] = owner,
                ["purpose"] = words.SopPurpose(name, Text(process.Trigger), Text(process.Outcome)),
                ["trigger"] = Text(process.Trigger),
                ["outcome"] = Text(process.Outcome),
                ["kpi"] = Text(process.Kpi),
                ["target"] = Text(process.Target),
                ["tools"] = tools,
                ["records"] = index.RecordsFolders.GetValueOrDefault(process, string.Empty),
                ["firstStep"] = steps.Count > 0 ? Text(steps[0].Task) : string.Empty,
                ["lastStep"] = steps.Count > 0 ? Text(steps[^1].Task) : string.Empty,
            },
            ["steps"] = steps.Select((t, i) => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["number"] = (i + 1).ToString(CultureInfo.InvariantCulture),
                ["step"] = Text(t.Step),
                ["id"] = Text(t.Id),
                ["task"] = Text(t.Task),
                ["role"] = Text(t.Role),
                ["frequency"] = words.FrequencyOf(t.Frequency),
                ["tools"] = t.Tools.Select(x => (object?)x.Trim()).ToArray(),
                ["currentlyDoneBy"] = index.Disclosure.Name(DelegationMap.DoneByIfDifferent(t), process.Department),
            }).ToArray(),
            ["roles"] = roles.Select(r => (object?)r).ToArray(),
            ["responsibilities"] = Responsibilities(words.Lists, steps, owner, roles),
            ["related"] = Related(index, process),
            ["journey"] = JourneyModel.Build(index.Journey.StagesOfProcess(process.Name)),
        };
    }

    /// <summary>The owner, accountable, then each role with the steps it is responsible for, in order of first step.</summary>
    private static object?[] Responsibilities(ListJoiner lists, IReadOnlyList<TaskItem> steps, string owner, List<string> roles)
    {
        string StepsOf(string role) => lists.Series(steps
            .Select((t, i) => (Role: Text(t.Role), Number: i + 1))
            .Where(s => new RegisterName(s.Role) == role)
            .Select(s => s.Number.ToString(CultureInfo.InvariantCulture)));
        var rows = new List<object?>();
        if (owner.Length > 0)
        {
            rows.Add(Row(owner, StepsOf(owner), accountable: true));
        }
        rows.AddRange(roles.Where(r => new RegisterName(r) != owner).Select(r => Row(r, StepsOf(r), accountable: false)));
        return [.. rows];

        static object? Row(string role, string numbers, bool accountable) => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["role"] = role, ["steps"] = numbers, ["accountable"] = accountable,
        };
    }

    /// <summary>
    /// Processes that share a role or a tool with this one, or whose trigger names this one: the procedures an auditor
    /// follows next. Those sharing the most come first, then the register's order.
    /// </summary>
    private static object?[] Related(RegisterIndex index, Process process)
    {
        var name = Text(process.Name);
        var sharedWith = index.SharedFacets(name);
        return index.Registers.Processes
            .Select((other, order) => (Other: other, Order: order, Name: Text(other.Name)))
            .Where(p => p.Name.Length > 0 && new RegisterName(p.Name) != name)
            .Select(p =>
            {
                var shared = sharedWith.GetValueOrDefault(p.Name);
                var follows = Text(p.Other.Trigger).Contains(name, StringComparison.OrdinalIgnoreCase);
                return (p.Other, p.Order, Score: shared + (follows ? 10 : 0));
            })
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Order)
            .Take(MaxRelated)
            .Select(p => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = Text(p.Other.Name), ["department"] = Text(p.Other.Department),
            })
            .ToArray();
    }
}
