using System.Globalization;
using System.Text.RegularExpressions;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>What every org chart deck must satisfy, whatever the organisation: shared by the example and property tests.</summary>
internal static partial class DeckChecks
{
    /// <summary>
    /// Each "continued" box links forward to a slide that shows exactly the roles it says ("+27 roles · slide 14"):
    /// the roles there that its own slide does not show, plus what that slide's own "continued" boxes stand for (a box
    /// that leads to another chart's first slide: the roles of that chart that its own chart does not show); and each
    /// slide is continued from one box only.
    /// </summary>
    /// <returns>For each continuation slide, the slide whose box links to it.</returns>
    public static Dictionary<int, int> PlaceholderCountsAddUp(DeckView deck, string because)
    {
        var linkedFrom = new Dictionary<int, int>();
        foreach (var slide in deck.Slides)
        {
            foreach (var box in slide.Continued)
            {
                var target = deck.Slides[int.Parse(box.LinkTarget!, CultureInfo.InvariantCulture) - 1];
                linkedFrom.ContainsKey(target.Number).Should().BeFalse($"slide {target.Number} of {because} is continued from one box only");
                linkedFrom[target.Number] = slide.Number;
                target.Number.Should().BeGreaterThan(slide.Number, "continuations follow the slide they continue");
                int stands;
                if (target.Section == slide.Section)
                {
                    var onSource = slide.Roles.Select(r => r.Paragraphs[0]).ToHashSet();
                    stands = target.Roles.Count(r => !onSource.Contains(r.Paragraphs[0])) + target.Continued.Sum(Count);
                }
                else
                {
                    linkedFrom.Remove(target.Number); // a chart's first slide, not a continuation
                    var inSourceChart = RolesOf(deck, slide.Section);
                    stands = RolesOf(deck, target.Section).Count(t => !inSourceChart.Contains(t));
                }
                Count(box).Should().Be(stands, $"'{box.Paragraphs[0]}' on slide {slide.Number} of {because}");
                box.Description.Should().NotBeNullOrEmpty();
            }
        }
        return linkedFrom;
    }

    /// <summary>
    /// Slide order is reading order: each chart's slides are its first slide and then, depth first, the slides its
    /// "continued" boxes lead to, in the order the boxes are read (<see cref="ReadingOrder"/>), each continuation's own
    /// continuations before the next box's.
    /// </summary>
    public static void SlidesInReadingOrder(DeckView deck, string because)
    {
        foreach (var chart in Charts(deck))
        {
            var read = new List<int>();
            var pending = new Stack<SlideView>([chart[0]]);
            while (pending.Count > 0)
            {
                var slide = pending.Pop();
                read.Add(slide.Number);
                var next = ReadingOrder(slide).Where(b => b.Name.StartsWith("Continued", StringComparison.Ordinal))
                    .Select(b => deck.Slides[int.Parse(b.LinkTarget!, CultureInfo.InvariantCulture) - 1])
                    .Where(target => target.Section == slide.Section && target.Number != chart[0].Number);
                foreach (var target in next.Reverse())
                {
                    pending.Push(target);
                }
            }
            chart.Select(s => s.Number).Should().Equal(read, $"the slides of '{chart[0].Title}' in {because} follow its boxes depth first, left to right");
        }
    }

    /// <summary>
    /// A slide's boxes as a person reads the chart: the tree its connectors draw, depth first, each manager before its
    /// reports and reports left to right (top to bottom where they share a column), top boxes left to right.
    /// </summary>
    public static List<ShapeView> ReadingOrder(SlideView slide)
    {
        var boxes = slide.Roles.Concat(slide.Continued).ToDictionary(b => b.Id);
        // A line is glued at whichever end suits its route; the manager is the box above.
        var lines = slide.Connectors.Where(c => c.StartId is { } s && c.EndId is { } e && boxes.ContainsKey(s) && boxes.ContainsKey(e))
            .Select(c => (boxes[c.StartId!.Value], boxes[c.EndId!.Value]))
            .Select(ends => ends.Item1.Y < ends.Item2.Y ? (Manager: ends.Item1, Report: ends.Item2) : (Manager: ends.Item2, Report: ends.Item1)).ToList();
        var reports = lines.ToLookup(l => l.Manager.Id, l => l.Report);
        var managed = lines.Select(l => l.Report.Id).ToHashSet();
        static IEnumerable<ShapeView> LeftToRight(IEnumerable<ShapeView> shapes) => shapes.OrderBy(b => b.X).ThenBy(b => b.Y);
        var read = new List<ShapeView>();
        var pending = new Stack<ShapeView>(LeftToRight(boxes.Values.Where(b => !managed.Contains(b.Id))).Reverse());
        while (pending.Count > 0)
        {
            var box = pending.Pop();
            read.Add(box);
            foreach (var report in LeftToRight(reports[box.Id]).Reverse())
            {
                pending.Push(report);
            }
        }
        read.Should().HaveCount(boxes.Count, $"every box on slide {slide.Number} is read once");
        return read;
    }

    // Each chart's slides: a run of slides in one section (a department deck is one chart with no section).
    private static IEnumerable<List<SlideView>> Charts(DeckView deck) =>
        deck.Slides.Where(s => s.Roles.Count > 0 || s.Continued.Count > 0)
            .GroupBy(s => s.Section).Select(g => g.ToList());

    private static HashSet<string> RolesOf(DeckView deck, string? section) =>
        deck.Slides.Where(s => s.Section == section).SelectMany(s => s.Roles).Select(r => r.Paragraphs[0]).ToHashSet();

    /// <summary>Every shape lies wholly on the slide.</summary>
    public static void EverythingOnTheSlide(DeckView deck, string because)
    {
        foreach (var slide in deck.Slides)
        {
            slide.Shapes.Where(s => s.X < 0 || s.Y < 0 || s.X + s.Width > deck.SlideWidth || s.Y + s.Height > deck.SlideHeight)
                .Select(s => s.Name).Should().BeEmpty($"every shape on slide {slide.Number} of {because} stays on the slide");
        }
    }

    /// <summary>The number of roles a "continued" box stands for.</summary>
    public static int Count(ShapeView placeholder) =>
        int.Parse(PlaceholderCount().Match(placeholder.Paragraphs[0]).Groups[1].Value, CultureInfo.InvariantCulture);

    // "+27 roles · slide 14", "+27 pozisyon · slayt 14", "+27 个岗位 · 第 14 页".
    [GeneratedRegex(@"^\+(\d+) \S.* · \S.*\d+")]
    private static partial Regex PlaceholderCount();
}
