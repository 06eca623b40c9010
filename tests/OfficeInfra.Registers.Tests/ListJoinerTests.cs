using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Tests;

public class ListJoinerTests
{
    [Theory]
    [InlineData("en", "Sales, Support and Finance", "Sales, Support or Finance", "Sales, Support, Finance")]
    [InlineData("tr", "Sales, Support ve Finance", "Sales, Support veya Finance", "Sales, Support, Finance")]
    [InlineData("zh-Hans", "Sales、Support和Finance", "Sales、Support或Finance", "Sales、Support、Finance")]
    public void Join_ThreeNames_AsTheLanguageListsThem(string tag, string all, string one, string series)
    {
        DocumentLanguages.List.TryParse(tag, out var language).Should().BeTrue();
        var joiner = ListJoiner.For(language);
        string[] names = ["Sales", "Support", "Finance"];

        joiner.And(names).Should().Be(all);
        joiner.Or(names).Should().Be(one);
        joiner.Series(names).Should().Be(series);
    }

    [Fact]
    public void Join_BlankItemsOrOne_LeavesThemOutAndNeedsNoConjunction()
    {
        ListJoiner.Chinese.And(["销售部", " ", null, "财务部"]).Should().Be("销售部和财务部");
        ListJoiner.English.And(["Sales"]).Should().Be("Sales");
        ListJoiner.Turkish.Series([]).Should().BeEmpty();
    }
}
