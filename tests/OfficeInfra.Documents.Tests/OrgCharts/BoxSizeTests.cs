using OfficeInfra.Documents.OrgCharts.Slides;

namespace OfficeInfra.Documents.Tests.OrgCharts;

public class BoxSizeTests
{
    private static IReadOnlyList<TextRun> Title(string text) => [new TextRun(text, 11, Palette.TitleText, Bold: true)];

    [Fact]
    public void Fitting_ChineseTitle_GetsTheRoomOfALatinTitleTwiceItsLength()
    {
        var chinese = string.Concat(Enumerable.Repeat("设备测试与包装技术员", 6)); // 60 characters
        var latin = new string('x', 2 * chinese.Length);

        var forChinese = BoxSize.Fitting([Title(chinese)]);
        var forLatin = BoxSize.Fitting([Title(latin)]);

        forChinese.Should().Be(forLatin, "a Chinese character is as wide as two Latin ones, so it needs the same box");
        forChinese.BoxHeight.Should().BeGreaterThan(BoxSize.Fitting([Title(new string('x', chinese.Length))]).BoxHeight);
    }

    [Theory]
    [InlineData("Genel Müdür", 11)]
    [InlineData("首席运营官", 10)]
    [InlineData("Wei Zhang (张伟)", 16)]
    [InlineData("技术员（设备）", 14)]
    public void Width_CountsWideCharactersTwice(string text, int width) =>
        BoxSize.Width(text).Should().Be(width);
}
