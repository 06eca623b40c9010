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

    [GeneratedRegex(@"^\+(\d+) roles? · slide \d+$")]
    private static partial Regex PlaceholderCount();
}
