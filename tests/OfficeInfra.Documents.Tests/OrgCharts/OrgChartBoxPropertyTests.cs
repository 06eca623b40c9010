using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.OrgCharts.Slides;
using OfficeInfra.Documents.OrgCharts.Text;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>
/// Issue 15: every box holds its own text at readable sizes, for organisations of every shape and titles of every
/// length and script. "Holds" is measured the way the layout measures (Calibri's widths, PowerPoint's wrapping), in
/// the box as written to the slide: its width and height less its insets, at the type sizes written.
/// </summary>
public sealed class OrgChartBoxPropertyTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    [Fact]
    public void Generate_AnyForestAndTitles_EveryBoxHoldsItsTextAtReadableSizes()
    {
        Check.One(OrgChartForestPropertyTests.Seeded(15), Prop.ForAll(RandomForests.WithTitles, shape =>
        {
            foreach (var document in new OrgChartGenerator().Generate(RandomForests.Build(shape), AsOf))
            {
                var deck = DeckView.Open(document.Content, validate: false);
                foreach (var slide in deck.Slides)
                {
                    var where = $"{shape}: slide {slide.Number} of {document.Subject}";
                    slide.Shapes.Single(s => s.IsTitlePlaceholder).RunSizes.Should().OnlyContain(size => size >= 1200, where);
                    foreach (var box in slide.Roles.Concat(slide.Continued))
                    {
                        box.RunSizes.Should().OnlyContain(size => size >= 900, $"{box.Name} on {where}");
                        Needed(box).Should().BeLessThanOrEqualTo(box.Height, $"{box.Name} on {where} holds its text");
                    }
                    foreach (var box in slide.Roles)
                    {
                        box.RunSizes[0].Should().BeGreaterThanOrEqualTo(1200, $"the title of {box.Name} on {where}");
                        slide.Shapes.Single(s => s.Group == box.Group && s.Name.StartsWith("Type: ", StringComparison.Ordinal))
                            .RunSizes.Should().OnlyContain(size => size >= 900);
                    }
                }
            }
        }));
    }

    [Fact]
    public void Generate_OneLongTitle_GrowsItsOwnBoxOnly()
    {
        var deck = DeckView.Open(new OrgChartGenerator().Generate(OrgChartReadabilityTests.Build("long-title"), AsOf).Skip(1).First().Content);
        var boxes = deck.Slides[0].Roles;

        var (boss, clerk) = (boxes.Single(b => b.Paragraphs[0] == "Boss"), boxes.Single(b => b.Paragraphs[0] == "Clerk"));
        var longTitle = boxes.Single(b => b.Paragraphs[0].Length == 300);

        longTitle.Width.Should().BeGreaterThan(boss.Width);
        longTitle.Height.Should().BeGreaterThan(boss.Height);
        boss.Width.Should().Be(clerk.Width, "a box is sized by its own text");
        boss.RunSizes.Should().Equal(longTitle.RunSizes.Take(2), "a long title never makes the type smaller");
        Needed(longTitle).Should().BeLessThanOrEqualTo(longTitle.Height);
    }

    // The height the box's text needs in the box's own width, at the sizes written; a box rounded to whole EMU when
    // it was scaled is given that EMU back.
    private static double Needed(ShapeView box)
    {
        var width = (box.Width + 1 - box.Insets.Left - box.Insets.Right) / 12_700.0;
        var runs = box.Styled.Select(p => new TextRun(p.Text, p.Points, Palette.TitleText, p.Bold));
        return (TextMeasure.Height(runs, width) * 12_700) + box.Insets.Top + box.Insets.Bottom - 1;
    }
}
