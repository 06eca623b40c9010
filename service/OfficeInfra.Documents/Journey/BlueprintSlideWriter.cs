using OfficeInfra.Documents.OrgCharts.Slides;
using OfficeInfra.Registers.Journey;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Journey;

/// <summary>
/// Writes one slide of the service blueprint: phases and stages across the top, then a lane each for the customer's
/// actions, their pain points (red), the front-stage channels, the on-stage activity of each department, the line of
/// visibility, the back-stage processes, their core business systems and the stage's KPI. Boxes are glued by
/// connectors (the customer's actions in order; each pain point to its action; the on-stage activity down across the
/// line of visibility to its processes, and those to their systems), so they stay joined when someone moves them.
/// </summary>
internal static class BlueprintSlideWriter
{
    private const double Left = 300_000, Top = 1_030_000, Bottom = 6_720_000, LabelWidth = 1_250_000, Gap = 50_000;
    private const double Inset = 45_720;
    private const double Text = 10, Small = 9;

    /// <summary>More departments on stage than this share one lane, each box naming its departments.</summary>
    private const int MaxDepartmentLanes = 4;

    /// <param name="language">The organisation's language, which the slide's runs declare as the org charts' do.</param>
    public static SlideCanvas Write(BlueprintPage page, string title, string subtitle, BlueprintWords words, RunLanguage language)
    {
        var canvas = new SlideCanvas(language);
        SlideDecor.AddTitle(canvas, title, subtitle);
        var stages = page.Stages;
        var columnWidth = (SlideCanvas.SlideWidth - (2 * Left) - LabelWidth - (Gap * stages.Count)) / Math.Max(1, stages.Count);
        double ColumnX(int i) => Left + LabelWidth + Gap + (i * (columnWidth + Gap));

        var lanes = Lanes(stages, words);
        var heights = Heights(lanes, stages, columnWidth);
        var y = Top;
        y = AddPhases(canvas, stages, ColumnX, columnWidth, y, words);
        for (var i = 0; i < stages.Count; i++)
        {
            canvas.AddShape($"Stage {stages[i].Name}", new Rect(ColumnX(i), y, columnWidth, StageHeight), "rect", Palette.BandFill, null, 0,
                [new TextRun(stages[i].Name, 11, Palette.TitleText, Bold: true)], description: stages[i].Path);
        }
        y += StageHeight + Gap;

        var boxes = new (int Id, Rect Rect)?[lanes.Count, stages.Count];
        for (var l = 0; l < lanes.Count; l++)
        {
            var lane = lanes[l];
            if (lane.Kind == BlueprintLaneKind.LineOfVisibility)
            {
                AddVisibilityLine(canvas, y, heights[l], words);
                y += heights[l] + Gap;
                continue;
            }
            canvas.AddShape($"Lane {lane.Label}", new Rect(Left, y, LabelWidth, heights[l]), "rect", Palette.BandFill, null, 0,
                [LabelRun(lane.Label)], align: "l", description: lane.Label);
            for (var i = 0; i < stages.Count; i++)
            {
                if (lane.Content(stages[i]) is { Count: > 0 } runs)
                {
                    var rect = new Rect(ColumnX(i), y, columnWidth, heights[l]);
                    var id = canvas.AddShape($"{lane.Label}: {stages[i].Name}", rect, lane.Geometry, lane.Fill, lane.Outline, 9_525, runs,
                        align: "l", anchor: "t", description: words.AltText(stages[i].Path, lane.Label, string.Join(" ", runs.Select(r => r.Text))));
                    boxes[l, i] = (id, rect);
                }
            }
            y += heights[l] + Gap;
        }
        Connect(canvas, lanes, boxes, stages.Count, words);
        return canvas;
    }

    private const double PhaseHeight = 250_000, StageHeight = 300_000, VisibilityHeight = 170_000;

    /// <summary>The lanes of a slide: the on-stage ones are the departments on stage here, in register order.</summary>
    private static List<BlueprintLane> Lanes(IReadOnlyList<JourneyStageView> stages, BlueprintWords words)
    {
        var departments = stages.SelectMany(s => s.OnStageDepartments).DistinctBy(d => new RegisterName(d)).ToList();
        var lanes = new List<BlueprintLane>
        {
            new(BlueprintLaneKind.CustomerActions, words.CustomerActions, s => Runs(Text, Palette.TitleText, s.Source.CustomerAction), "roundRect", Palette.BoxFill, Palette.BoxOutline, 420_000),
            new(BlueprintLaneKind.PainPoints, words.PainPoints, s => Runs(Small, Palette.VacantRed, s.Source.PainPoint), "roundRect", "FFFFFF", Palette.VacantRed, 260_000),
            new(BlueprintLaneKind.FrontStage, words.FrontStage, s => Runs(Small, Palette.SecondaryText, s.Source.FrontStage.Count == 0 ? null : string.Join(" · ", s.Source.FrontStage)),
                "rect", "FFFFFF", Palette.BoxOutline, 260_000),
        };
        if (departments.Count is > 0 and <= MaxDepartmentLanes)
        {
            lanes.AddRange(departments.Select(d => new BlueprintLane(BlueprintLaneKind.OnStage, words.OnStageOf(d), s => OnStage(s, d, words), "roundRect", Palette.BoxFill, Palette.BoxOutline, 300_000)));
        }
        else
        {
            lanes.Add(new BlueprintLane(BlueprintLaneKind.OnStage, words.OnStage, s => OnStage(s, null, words), "roundRect", Palette.BoxFill, Palette.BoxOutline, 300_000));
        }
        lanes.Add(new BlueprintLane(BlueprintLaneKind.LineOfVisibility, words.LineOfVisibility, _ => null, "rect", null, null, VisibilityHeight));
        // A stage with nothing behind it says so in red: the gap the stage-without-back-stage finding names.
        lanes.Add(new BlueprintLane(BlueprintLaneKind.BackStage, words.BackStage, s => Lines(Small, s.Source.BackStage)
            ?? [new TextRun(words.NoBackStage, Small, Palette.VacantRed, Italic: true)], "rect", "FFFFFF", Palette.HeaderFill, 300_000));
        lanes.Add(new BlueprintLane(BlueprintLaneKind.SupportSystems, words.SupportSystems, s => Lines(Small, s.Systems), "rect", Palette.BandFill, Palette.BoxOutline, 260_000));
        lanes.Add(new BlueprintLane(BlueprintLaneKind.Kpis, words.Kpis, s => Runs(Small, Palette.SecondaryText, s.Source.Kpi), "rect", null, null, 240_000));
        return lanes;
    }

    /// <summary>What the stage does on stage in <paramref name="department"/> (null: in any department, each named).</summary>
    private static List<TextRun>? OnStage(JourneyStageView stage, string? department, BlueprintWords words)
    {
        var actors = stage.Actors.Where(a => department is null || new RegisterName(a.Department) == department).ToList();
        if (actors.Count == 0)
        {
            return department is not null ? null
                : string.IsNullOrWhiteSpace(stage.Source.OnStage) ? [new TextRun(words.Nobody, Small, Palette.SecondaryText, Italic: true)]
                : [new TextRun(stage.Source.OnStage.Trim(), Small, Palette.TitleText)];
        }
        var runs = new List<TextRun>();
        if (!string.IsNullOrWhiteSpace(stage.Source.OnStage))
        {
            runs.Add(new TextRun(stage.Source.OnStage.Trim(), Small, Palette.TitleText));
        }
        var names = department is null ? actors.Select(a => a.Name) : actors.Where(a => a.IsRole).Select(a => a.Name);
        if (names.Any())
        {
            runs.Add(new TextRun(words.By([.. names.Distinct()]), Small, Palette.SecondaryText, Italic: true));
        }
        return runs.Count == 0 ? [new TextRun(actors[0].Name, Small, Palette.SecondaryText, Italic: true)] : runs;
    }

    private static TextRun LabelRun(string label) => new(label, Small, Palette.TitleText, Bold: true);

    private static List<TextRun>? Runs(double size, string colour, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : [new TextRun(text.Trim(), size, colour)];

    private static List<TextRun>? Lines(double size, IEnumerable<string> items)
    {
        var runs = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => new TextRun(i.Trim(), size, Palette.TitleText)).ToList();
        return runs.Count == 0 ? null : runs;
    }

    /// <summary>Each lane as tall as its fullest box; squeezed back to the slide when the whole is taller.</summary>
    private static double[] Heights(List<BlueprintLane> lanes, IReadOnlyList<JourneyStageView> stages, double columnWidth)
    {
        // A lane is never lower than its label needs: labels wrap, and a Turkish or Chinese one wraps differently.
        var floors = lanes.Select(l => l.Kind == BlueprintLaneKind.LineOfVisibility ? l.MinHeight
            : Math.Max(l.MinHeight, BoxSize.TextHeight([LabelRun(l.Label)], LabelWidth - (2 * Inset)) + Inset + 20_000)).ToArray();
        var heights = lanes.Select((l, i) => Math.Max(floors[i], stages.Select(s => l.Content(s) is { } runs
            ? BoxSize.TextHeight(runs, columnWidth - (2 * Inset)) + Inset + 20_000 : 0).DefaultIfEmpty(0).Max())).ToArray();
        var room = Bottom - Top - PhaseHeight - StageHeight - (Gap * (lanes.Count + 2));
        var total = heights.Sum();
        if (total < room)
        {
            // Room to spare: every lane a little taller (up to half again), so the blueprint fills the slide.
            var grow = Math.Min(1.5, room / total);
            return heights.Select(h => h * grow).ToArray();
        }
        if (total > room)
        {
            var minimum = floors.Sum();
            var spare = Math.Max(0, room - minimum);
            var extra = total - minimum;
            for (var i = 0; i < heights.Length; i++)
            {
                heights[i] = floors[i] + (extra <= 0 ? 0 : (heights[i] - floors[i]) * spare / extra);
            }
        }
        return heights;
    }

    private static double AddPhases(SlideCanvas canvas, IReadOnlyList<JourneyStageView> stages, Func<int, double> columnX, double columnWidth, double y,
        BlueprintWords words)
    {
        var start = 0;
        for (var i = 1; i <= stages.Count; i++)
        {
            if (i < stages.Count && string.Equals(stages[i].Phase, stages[start].Phase, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var phase = stages[start].Phase.Length == 0 ? words.NoPhase : stages[start].Phase;
            canvas.AddShape($"Phase {phase}", new Rect(columnX(start), y, columnX(i - 1) + columnWidth - columnX(start), PhaseHeight), "rect",
                Palette.HeaderFill, null, 0, [new TextRun(phase, 10, "FFFFFF", Bold: true)], description: phase);
            start = i;
        }
        return y + PhaseHeight + Gap;
    }

    private static void AddVisibilityLine(SlideCanvas canvas, double y, double height, BlueprintWords words)
    {
        canvas.AddShape("Line of visibility", new Rect(Left, y + (height / 2) - 9_525, SlideCanvas.SlideWidth - (2 * Left), 19_050), "rect",
            Palette.Line, null, 0, [], description: words.LineOfVisibility);
        canvas.AddShape("Line of visibility label", new Rect(Left, y - 20_000, LabelWidth, (height / 2) + 10_000), "rect", null, null, 0,
            [new TextRun(words.LineOfVisibility, Small, Palette.SecondaryText, Italic: true)], align: "l", anchor: "b", inset: 0);
    }

    // Connection sites of a rectangle: 0 top, 1 left, 2 bottom, 3 right.
    private static void Connect(SlideCanvas canvas, List<BlueprintLane> lanes, (int Id, Rect Rect)?[,] boxes, int columns, BlueprintWords words)
    {
        var action = lanes.FindIndex(l => l.Kind == BlueprintLaneKind.CustomerActions);
        var pain = lanes.FindIndex(l => l.Kind == BlueprintLaneKind.PainPoints);
        var back = lanes.FindIndex(l => l.Kind == BlueprintLaneKind.BackStage);
        var systems = lanes.FindIndex(l => l.Kind == BlueprintLaneKind.SupportSystems);
        var onStage = Enumerable.Range(0, lanes.Count).Where(l => lanes[l].Kind == BlueprintLaneKind.OnStage).ToList();
        (int Id, Rect Rect)? previous = null;
        for (var i = 0; i < columns; i++)
        {
            if (boxes[action, i] is { } current)
            {
                if (previous is { } before)
                {
                    var y = current.Rect.Y + (current.Rect.Height / 2);
                    canvas.AddConnector(ConnectorGeometry.Across(before.Rect.Right, y, current.Rect.X), before.Id, 3, current.Id, 1,
                        words.CustomerActions);
                }
                previous = current;
                Glue(canvas, current, boxes[pain, i], words.PainPoints);
            }
            var lowest = onStage.Select(l => boxes[l, i]).LastOrDefault(b => b is not null);
            Glue(canvas, lowest, boxes[back, i], words.LineOfVisibility);
            Glue(canvas, boxes[back, i], boxes[systems, i], words.SupportSystems);
        }
    }

    private static void Glue(SlideCanvas canvas, (int Id, Rect Rect)? upper, (int Id, Rect Rect)? lower, string what)
    {
        if (upper is { } from && lower is { } to)
        {
            var x = from.Rect.X + (from.Rect.Width / 2);
            canvas.AddConnector(ConnectorGeometry.ToTop(x, from.Rect.Bottom, x, to.Rect.Y, to.Rect.Y), from.Id, 2, to.Id, 0, what);
        }
    }
}
