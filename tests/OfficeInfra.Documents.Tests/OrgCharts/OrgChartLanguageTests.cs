using System.IO.Compression;
using System.Text.RegularExpressions;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>Issue 15 with issue 22: the decks speak the Organisation sheet's language, and their boxes still hold the words.</summary>
public sealed class OrgChartLanguageTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    public static TheoryData<string, string, string, string, string> Languages => new()
    {
        { "en", "Contents", "Role type:", @"^\+(\d+) roles? · slide (\d+)$", "As of 1 December 2026" },
        { "tr", "İçindekiler", "Pozisyon türü:", @"^\+(\d+) pozisyon · slayt (\d+)$", "1 Aralık 2026 itibarıyla" },
        { "zh-Hans", "目录", "岗位类型：", @"^\+(\d+) 个岗位 · 第 (\d+) 页$", "截至2026年12月1日" },
    };

    private static RegisterSet Registers(string language)
    {
        var registers = SyntheticOrganisation.Create(300, 300, 5, departments: 3, seed: 5);
        return registers with { Settings = registers.Settings with { Language = language } };
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Generate_OrganisationLanguage_DeckSpeaksIt(string language, string contents, string legend, string continued, string asOf)
    {
        var document = new OrgChartGenerator().Generate(Registers(language), AsOf).First();
        var deck = DeckView.Open(document.Content);

        deck.ValidationErrors.Should().BeEmpty();
        deck.Slides[1].Title.Should().Be(contents);
        var charts = deck.Slides.Where(s => s.Roles.Count > 0).ToList();
        charts.Should().OnlyContain(s => s.Shapes.Any(x => x.Paragraphs.Contains(legend)));
        charts[0].Subtitle!.Paragraphs[0].Should().EndWith(asOf);
        var boxes = charts.SelectMany(s => s.Continued).ToList();
        boxes.Should().NotBeEmpty("300 roles in three departments do not fit one slide each");
        foreach (var box in boxes)
        {
            var match = Regex.Match(box.Paragraphs[0], continued);
            match.Success.Should().BeTrue($"'{box.Paragraphs[0]}' reads as the language writes it");
            match.Groups[2].Value.Should().Be(box.LinkTarget);
        }
        SlideXml(document.Content, 3).Should().Contain($"lang=\"{(language == "zh-Hans" ? "zh-CN" : language == "tr" ? "tr-TR" : "en-GB")}\"");
    }

    [Theory]
    [InlineData("en", "Document ID", "Next review", "First issue")]
    [InlineData("tr", "Doküman no", "Sonraki gözden geçirme", "İlk yayın")]
    [InlineData("zh-Hans", "文件编号", "下次评审", "首次发布")]
    public void Generate_OrganisationLanguage_TitleSlideCarriesTheControlBlockInIt(string language, string id, string review, string? firstRow)
    {
        var deck = DeckView.Open(new OrgChartGenerator().Generate(Registers(language), AsOf).First().Content);

        var control = deck.Slides[0].Tables.Single(t => t.Name == "Document control");
        control.Rows.Select(r => r[0]).Should().Equal(id, ChartWords.For(Parse(language)).Version, ChartWords.For(Parse(language)).Owner);
        control.Rows[0][1].Should().Be("ORG-0001");
        control.Rows[1][2].Should().Be(review);
        control.Rows[1][3].Should().Be(ChartWords.For(Parse(language)).Date(AsOf.AddMonths(12)));
        var history = deck.Slides[0].Tables.Single(t => t.Name == "Revision history");
        history.Rows.Should().HaveCount(2);
        if (firstRow is not null)
        {
            history.Rows[1][2].Should().Be(firstRow);
        }
        deck.Slides[0].Tables.SelectMany(t => t.RunSizes).Should().OnlyContain(size => size >= 900);
    }

    private static DocumentLanguage Parse(string tag) => DocumentLanguages.List.TryParse(tag, out var language) ? language : DocumentLanguage.English;

    [Theory]
    [InlineData("tr")]
    [InlineData("zh-Hans")]
    public void Generate_OrganisationLanguage_BoxesHoldTheirWords(string language)
    {
        var registers = OrgChartReadabilityTests.Build("turkish-chinese");
        registers = registers with { Settings = registers.Settings with { Language = language } };

        foreach (var document in new OrgChartGenerator().Generate(registers, AsOf))
        {
            foreach (var slide in DeckView.Open(document.Content, validate: false).Slides)
            {
                foreach (var box in slide.Roles.Concat(slide.Continued))
                {
                    OrgChartBoxPropertyTests.Needed(box).Should().BeLessThanOrEqualTo(box.Height, $"{box.Name} on slide {slide.Number} of {document.Subject}");
                }
            }
        }
    }

    [Fact]
    public void Generate_ChineseOrganisation_LatinTextIsEnglishWithChineseAsItsEastAsianLanguage()
    {
        var registers = OrgChartReadabilityTests.Build("turkish-chinese");
        registers = registers with { Settings = registers.Settings with { Language = "zh-Hans" } };

        var runs = new OrgChartGenerator().Generate(registers, AsOf).SelectMany(d => DeckRuns.Of(d.Content)).ToList();

        runs.Should().Contain(r => r.Text == "王小明").And.Contain(r => r.Text.StartsWith("Işıl Öztürk", StringComparison.Ordinal),
            "a box's Chinese and Latin names are runs of their own");
        DeckRuns.ShouldDeclare(runs, "zh-Hans");
    }

    [Theory]
    [InlineData("en", "en-GB")]
    [InlineData("tr", "tr-TR")]
    public void Generate_LatinScriptOrganisation_EveryRunIsOneRunInItsLanguage(string language, string tag)
    {
        var registers = OrgChartReadabilityTests.Build("turkish-chinese");
        registers = registers with { Settings = registers.Settings with { Language = language } };

        var runs = DeckRuns.Of(new OrgChartGenerator().Generate(registers, AsOf).First().Content);

        runs.Should().Contain(r => r.Text == "Şirket 公司", "a Latin-script deck keeps mixed text in one run");
        runs.Should().OnlyContain(r => r.Lang == tag && r.AltLang == null);
    }

    private static string SlideXml(byte[] pptx, int number)
    {
        using var zip = new ZipArchive(new MemoryStream(pptx));
        using var reader = new StreamReader(zip.GetEntry($"ppt/slides/slide{number}.xml")!.Open());
        return reader.ReadToEnd();
    }
}
