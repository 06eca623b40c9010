using OfficeInfra.Documents.OrgCharts.Slides;
using OfficeInfra.Documents.OrgCharts.Text;

namespace OfficeInfra.Documents.Tests.OrgCharts;

public class BoxSizeTests
{
    private static IReadOnlyList<TextRun> Box(string title, string holder = "Ann Smith") =>
        [new TextRun(title, 12, Palette.TitleText, Bold: true), new TextRun(holder, 10, Palette.SecondaryText)];

    [Fact]
    public void Of_ShortTitle_GetsTheSmallestBox()
    {
        var size = BoxSize.Of(Box("Clerk"), badge: true);

        size.Width.Should().Be(BoxSize.Widths[0]);
        size.Height.Should().Be(BoxSize.MinHeight);
    }

    [Fact]
    public void Of_LongTitle_TakesAWiderBoxAndKeepsItsTypeSize()
    {
        var title = "Regional Director of Customer Experience, Logistics and Continuous Improvement for the Northern Territories";

        var size = BoxSize.Of(Box(title), badge: true);

        size.Width.Should().BeGreaterThan(BoxSize.Widths[0], "a title of many lines widens its box before it wraps further");
        BoxSize.Needed(Box(title), size.Width, badge: true).Should().BeLessThanOrEqualTo(size.Height);
    }

    [Fact]
    public void Of_WordWiderThanTheSmallestBox_WidensTheBoxSoTheWordIsNotBroken()
    {
        var word = "Datenschutzbeauftragtenstellvertreterin";

        var size = BoxSize.Of(Box(word), badge: true);

        TextMeasure.WidestWord(word, 12, bold: true).Should().BeLessThanOrEqualTo(BoxSize.TextWidth(size.Width, badge: true) / 12_700);
    }

    [Fact]
    public void Lines_ChineseTitle_BreaksBetweenCharactersWhereLatinTextWouldNeedASpace()
    {
        var chinese = string.Concat(Enumerable.Repeat("设备测试与包装技术员", 3)); // 30 characters, no spaces
        var width = 12 * 10.0; // ten ems

        TextMeasure.Lines(chinese, 12, bold: false, width).Should().BeInRange(3, 4, "thirty square characters take three lines of ten ems");
        TextMeasure.Width(chinese, 12, bold: false).Should().BeApproximately(30 * 12 * 1.03, 0.01);
    }

    [Fact]
    public void Width_UsesCalibrisOwnWidths()
    {
        TextMeasure.Width("WWWWWWWWWW", 10, bold: false).Should().BeGreaterThan(2.5 * TextMeasure.Width("iiiiiiiiii", 10, bold: false));
        TextMeasure.Width("Genel Müdür", 12, bold: true).Should().BeGreaterThan(TextMeasure.Width("Genel Müdür", 12, bold: false));
    }

    [Theory]
    [InlineData("Sales Manager North", 80, 2)]
    [InlineData("Sales Manager North", 200, 1)]
    [InlineData("Supercalifragilisticexpialidocious", 40, 5)]
    public void Lines_WrapsAtSpacesAndBreaksOnlyWordsWiderThanTheLine(string text, double widthPoints, int lines) =>
        TextMeasure.Lines(text, 12, bold: false, widthPoints).Should().Be(lines);
}
