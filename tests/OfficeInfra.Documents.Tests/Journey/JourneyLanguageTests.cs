using System.Text.RegularExpressions;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Documents.Tests.Control;
using OfficeInfra.Documents.Tests.OrgCharts;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Journey;

/// <summary>The blueprint and the systems map speak the organisation's language (Organisation sheet), as its job
/// descriptions do: the product's own words, never the registers' text, which is printed as written.</summary>
public sealed partial class JourneyLanguageTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    private static RegisterSet In(string language, RegisterSet? registers = null)
    {
        registers ??= SampleOrganisation.Create();
        return registers with { Settings = registers.Settings with { Language = language } };
    }

    private static DeckView Blueprint(RegisterSet registers) =>
        DeckView.Open(new ServiceBlueprintGenerator().Generate(registers, new ControlBook(AsOf)).Single().Content);

    private static IEnumerable<string> Texts(DeckView deck) => deck.Slides.SelectMany(s => s.Shapes).SelectMany(s => s.Paragraphs);

    [Theory]
    [InlineData("tr", "Görünürlük çizgisi", "Sahne arkası (süreçler)", "5 evrede 9 aşama", "1 Aralık 2026 itibarıyla")]
    [InlineData("zh-Hans", "可视分界线", "后台（流程）", "5 个阶段，9 个环节", "截至2026年12月1日")]
    public void Blueprint_TurkishOrChinese_LanesTitleSlideAndDateInTheLanguage(string language, string visibility, string backStage, string detail, string date)
    {
        var deck = Blueprint(In(language));

        deck.ValidationErrors.Should().BeEmpty();
        var texts = Texts(deck).ToList();
        texts.Should().Contain([visibility, backStage, detail, date]);
        // The registers' own text stays as written.
        texts.Should().Contain(["Discover", "Campaign Launch", "Prices are hard to find on the website"]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("tr")]
    [InlineData("zh-Hans")]
    public void Blueprint_EachLanguage_EveryRunOfEverySlideDeclaresIt(string language)
    {
        var registers = In(language, SyntheticJourney.Add(SyntheticOrganisation.Create(36, 120, 12), 20));

        var runs = DeckRuns.Of(new ServiceBlueprintGenerator().Generate(registers, new ControlBook(AsOf)).Single().Content);

        runs.Select(r => r.Text).Should().Contain(language switch { "tr" => "Görünürlük çizgisi", "zh-Hans" => "可视分界线", _ => "Line of visibility" },
            "the lanes' slides are read, not only the title slide");
        DeckRuns.ShouldDeclare(runs, language);
    }

    [Theory]
    [InlineData("tr")]
    [InlineData("zh-Hans")]
    public void Blueprint_TurkishOrChinese_HoldsNoEnglishWordOfTheBlueprints(string language)
    {
        var registers = In(language, SyntheticJourney.Add(SyntheticOrganisation.Create(36, 120, 12), 20));
        var english = Vocabulary(BlueprintWords.English);
        var written = RegisterTexts(registers).OrderByDescending(t => t.Length).ToList();

        var deck = Blueprint(registers);

        // The title slide's control block is the org charts' (ChartWords): it is left out here.
        var text = string.Join("\n", deck.Slides.Skip(1).SelectMany(s => s.Shapes).SelectMany(s => s.Paragraphs.Append(s.Description ?? string.Empty)));
        text = written.Aggregate(text, (t, value) => t.Replace(value, " ", StringComparison.Ordinal));
        Word().Matches(text).Select(m => m.Value).Where(english.Contains).Distinct().Should().BeEmpty();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("tr")]
    [InlineData("zh-Hans")]
    public void Blueprint_EachLanguage_TextAtLeastNinePointsAndOnTheSlide(string language)
    {
        foreach (var (name, registers) in new[] { ("sample", In(language)), ("wide", In(language, SyntheticJourney.Add(SyntheticOrganisation.Create(36, 120, 12), 20))) })
        {
            var content = new ServiceBlueprintGenerator().Generate(registers, new ControlBook(AsOf)).Single().Content;
            var deck = DeckView.Open(content);
            deck.ValidationErrors.Should().BeEmpty();
            foreach (var slide in deck.Slides)
            {
                slide.Shapes.SelectMany(s => s.RunSizes).Should().OnlyContain(size => size >= 900);
                slide.Shapes.Should().OnlyContain(s => s.X >= 0 && s.Y >= 0 && s.X + s.Width <= deck.SlideWidth && s.Y + s.Height <= deck.SlideHeight);
            }
        }
    }

    [Fact]
    public void Lanes_ChineseLabels_AreTallEnoughForTheirWrappedLines()
    {
        // A lane label wraps in the label column; its lane is at least as tall as the lines need at 9 pt.
        var deck = Blueprint(In("zh-Hans"));

        foreach (var lane in deck.Slides.Skip(1).SelectMany(s => s.Shapes).Where(s => s.Name.StartsWith("Lane ", StringComparison.Ordinal)))
        {
            var label = lane.Paragraphs.Single();
            var perLine = (int)((lane.Width - 91_440) / 12_700 / 9);
            var lines = (int)Math.Ceiling(label.Length / (double)Math.Max(1, perLine));
            ((double)lane.Height).Should().BeGreaterThanOrEqualTo(lines * 9 * 1.2 * 12_700, label);
        }
    }

    [Theory]
    [InlineData("tr", "Sistemler", "Süreçler", "Silolar", "Süreç sahibi", "Yolculukta yer almayan birim")]
    [InlineData("zh-Hans", "业务体系", "流程", "部门壁垒", "流程负责人", "未参与客户旅程的部门")]
    public void SystemsMap_TurkishOrChinese_SheetsHeadersAndFlagsInTheLanguage_TablesKeepTheirNames(string language, string systems,
        string processes, string silos, string owner, string offJourney)
    {
        var document = new BusinessSystemsGenerator().Generate(In(language), new ControlBook(AsOf)).Single();

        var workbook = XlsxView.Open(document.Content);
        workbook.ValidationErrors.Should().BeEmpty();
        workbook.Sheets.Select(s => (s.Name, s.Table)).Should().Equal((systems, "Systems"), (processes, "SystemProcesses"), (silos, "Silos"));
        workbook.Sheets[1].Rows[0].Should().Contain(owner);
        workbook.Sheets[2].Rows.Skip(1).Should().Contain(r => r[0] == offJourney && r[1] == "Human Resources");
    }

    [Theory]
    [InlineData("en", "Stage 'Support and renewal › Order again' removed")]
    [InlineData("tr", "Aşama kaldırıldı: \u201CSupport and renewal › Order again\u201D")]
    [InlineData("zh-Hans", "删除环节“Support and renewal › Order again”")]
    public void History_StageRemoved_SaidInTheLanguage(string language, string expected)
    {
        var before = In(language);
        var after = before with { Journey = [.. before.Journey.Where(s => s.Stage != "Order again")] };

        var change = Revise(before, after).Record!.Control!.History[0].Change;

        change.Should().Be(expected);
    }

    [Fact]
    public void History_LanguageChanged_NewVersionThoughNoStageChanged()
    {
        var before = In("en");

        var revised = Revise(before, In("tr"));

        revised.Record!.Control!.Version.Should().Be(2);
        Texts(DeckView.Open(revised.Content)).Should().Contain("Görünürlük çizgisi");
    }

    private static GeneratedDocument Revise(RegisterSet before, RegisterSet after)
    {
        var generator = new ServiceBlueprintGenerator();
        var first = generator.Generate(before, new ControlBook(Revisions.First)).Single();
        var book = new ControlBook(Revisions.Second, [first.Record!], null, generator.Keys(after));
        return generator.Generate(after, book).Single();
    }

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex Word();

    private static HashSet<string> Vocabulary(BlueprintWords words) =>
        new[] { words.DocumentType, words.WholeJourney, words.Overview, words.NoPhase, words.CustomerActions, words.PainPoints,
            words.FrontStage, words.OnStage, words.LineOfVisibility, words.BackStage, words.SupportSystems, words.Kpis, words.Nobody,
            words.NoBackStage, words.By(["X"]), words.StagesInPhases(2, 2), words.AsOf(AsOf) }
            .SelectMany(p => Word().Matches(p).Select(m => m.Value)).Where(w => w is not "KPI").ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> RegisterTexts(RegisterSet r) =>
        new[] { r.Organisation }
            .Concat(r.Departments.Select(d => d.Name))
            .Concat(r.Roles.Select(x => x.Title))
            .Concat(r.Processes.SelectMany(p => new[] { p.Name, p.System }))
            .Concat(r.Journey.SelectMany(j => new[] { j.Phase, j.Stage, j.CustomerAction, j.OnStage, j.PainPoint, j.Kpi }
                .Concat(j.FrontStage).Concat(j.OnStageBy).Concat(j.BackStage)))
            .OfType<string>().Select(t => t.Trim()).Where(t => t.Length > 0).Distinct();
}
