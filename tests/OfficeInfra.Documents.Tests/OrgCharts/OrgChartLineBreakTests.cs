using System.IO.Compression;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>A line break typed into a register cell (Alt+Enter in Excel) is a line break on the slide, in a box tall enough for it.</summary>
public sealed class OrgChartLineBreakTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    [Fact]
    public void Generate_TitleWithALineBreak_ShowsItOnLinesOfTheirOwnInABoxThatHoldsThem()
    {
        var registers = new RegisterSetBuilder().Department("Ops").Role("Boss", "Ops", holder: "Ann")
            .Role("Head of\r\nQuality\nand\rSafety\nAudit", "Ops", "Boss", holder: "Bob").Role("Clerk", "Ops", "Boss", holder: "Cem").Build();
        var document = new OrgChartGenerator().Generate(registers, AsOf).Skip(1).First();

        var deck = DeckView.Open(document.Content);

        deck.ValidationErrors.Should().BeEmpty();
        var boxes = deck.Slides[0].Roles;
        var (head, clerk) = (boxes.Single(b => b.Paragraphs[0].StartsWith("Head of", StringComparison.Ordinal)), boxes.Single(b => b.Paragraphs[0] == "Clerk"));
        head.Paragraphs[0].Should().Be("Head of\nQuality\nand\nSafety\nAudit", "each break is kept, once, and the words either side stay");
        head.Height.Should().BeGreaterThan(clerk.Height, "the title takes five lines where Clerk's takes one");
        head.Width.Should().Be(clerk.Width, "each of its lines is short: breaks typed by hand are not made up for by width");
        OrgChartBoxPropertyTests.Needed(head).Should().BeLessThanOrEqualTo(head.Height);
        head.Name.Should().Be("Role: Head of\nQuality\nand\nSafety\nAudit", "the shape's name keeps the break as a character reference");
        SlideXml(document.Content).Should().Contain("<a:t>Head of</a:t></a:r><a:br><a:rPr lang=\"en-GB\"");
    }

    private static string SlideXml(byte[] pptx)
    {
        using var zip = new ZipArchive(new MemoryStream(pptx));
        return string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
