using System.Text.RegularExpressions;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Schema;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

/// <summary>Findings speak the organisation's language (the Organisation sheet's), with no English word the product wrote.</summary>
public sealed partial class FindingLanguageTests
{
    /// <summary>Names as a Turkish and a Chinese organisation write them: department, second department, empty
    /// department, manager, technician, two roles in a cycle, tasks, process.</summary>
    public static TheoryData<string, string[]> Organisations => new()
    {
        { "tr", ["Operasyon", "Satış", "Boş Birim", "Müdür", "Teknisyen", "Döngü Bir", "Döngü İki", "Siparişi al", "Paketle", "Gönder", "Sipariş"] },
        { "zh-Hans", ["运营部", "销售部", "空部门", "经理", "技术员", "循环甲", "循环乙", "接收订单", "打包", "发货", "订单交付"] },
    };

    /// <summary>A workbook with most mistakes a user makes, written in the organisation's own names.</summary>
    private static RegisterSet WithMistakes(string language, string[] n) =>
        new RegisterSetBuilder()
            .Department(n[0], head: n[3], access: "Internal").Department(n[1], head: "Hayalet 幽灵", access: "Gizli 机密").Department(n[2])
            .Department(n[0])
            .Role(n[3], n[0]).Role(n[4], n[0], reportsTo: n[3], status: "Vacant", holder: null)
            .Role(n[5], n[0], reportsTo: n[6]).Role(n[6], n[0], reportsTo: n[5], type: "Kalıcı 长期")
            .Role(n[3], n[9] + "?")
            .Task(n[7], n[0], role: n[3], process: n[10], step: "1", frequency: "Her gün 每天")
            .Task(n[7], n[0], role: n[3])
            .Task(n[8], n[0], process: n[10], step: "iki 二")
            .Task(n[9], n[0], role: "Hayalet 幽灵", process: n[10], step: "4")
            .Task(n[9] + " " + n[8], n[0], role: n[4], process: "Yok 无")
            .Task(string.Empty, n[0], role: n[3])
            .Process(n[10], n[0], owner: n[3])
            .Build() with { Settings = new OrganisationSettings(Language: language, ReviewInterval: "on iki 十二") };

    [Theory]
    [MemberData(nameof(Organisations))]
    public void Check_OrganisationLanguage_EveryMessageInItAndNoEnglishWordLeaks(string language, string[] names)
    {
        var registers = WithMistakes(language, names);
        var english = RegisterRules.Check(registers with { Settings = registers.Settings with { Language = "en" } });

        var findings = RegisterRules.Check(registers);

        findings.Select(f => f.Code).Should().Equal(english.Select(f => f.Code), "the language changes the words, not the findings");
        findings.Select(f => f.Code).Distinct().Should().HaveCountGreaterThanOrEqualTo(16);
        var theirs = Theirs(registers);
        var englishWords = english.SelectMany(f => Words(f.Message, theirs)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (finding, inEnglish) in findings.Zip(english))
        {
            var leaked = Words(finding.Message, theirs).Where(englishWords.Contains).ToList();
            leaked.Should().BeEmpty($"'{finding.Message}' ({finding.Code}) should be all {language}");
            finding.Message.Should().NotBe(inEnglish.Message);
        }
        if (language == "zh-Hans")
        {
            // Chinese has no Latin words of its own: any left beyond the registers' names and headers is the product's English.
            findings.SelectMany(f => Words(f.Message, theirs)).Where(w => w != "KPI").Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("tr", "\u201CTeknisyen\u201D rolü boş: henüz bu rolü üstlenen kimse yok.")]
    [InlineData("zh-Hans", "角色\u201CTeknisyen\u201D空缺，目前无人任职。")]
    [InlineData("en", "Role 'Teknisyen' is vacant: nobody holds it yet.")]
    public void Check_VacantRole_ReadsAsTheLanguageWritesIt(string language, string expected)
    {
        var registers = RegisterSetBuilder.Valid().Role("Teknisyen", "Ops", "Boss", status: "Vacant", holder: null).Task("Paketle", "Ops", "Teknisyen").Build()
            with { Settings = new OrganisationSettings(Language: language) };

        RegisterRules.Check(registers).Single(f => f.Code == FindingCodes.VacantRole).Message.Should().Be(expected);
    }

    [Fact]
    public void Check_UnknownLanguage_FindingsInEnglish() =>
        RegisterRules.Check(RegisterSetBuilder.Valid().Build() with { Settings = new OrganisationSettings(Language: "fr") })
            .Single(f => f.Code == FindingCodes.UnknownLanguage).Message.Should().Be("The organisation has Language 'fr', which is not one of en, tr or zh-Hans.");

    /// <summary>Everything the user wrote or named: register values, sheet names, column headers and the fixed lists' values.</summary>
    private static List<string?> Theirs(RegisterSet registers) =>
        [.. registers.Departments.SelectMany(d => new[] { d.Name, d.Head, d.Access }),
         .. registers.Roles.SelectMany(r => new[] { r.Title, r.Department, r.ReportsTo, r.Type, r.Status }),
         .. registers.Tasks.SelectMany(t => new[] { t.Id, t.Task, t.Department, t.Role, t.Process, t.Step, t.Frequency }),
         .. registers.Processes.SelectMany(p => new[] { p.Name, p.Department, p.Owner }),
         registers.Settings.Language, registers.Settings.ReviewInterval,
         .. RegisterSchema.All.Select(r => r.Name), .. RegisterSchema.All.SelectMany(r => r.Columns.Select(c => c.Header)),
         .. AccessLevels.List.Texts, .. RoleTypes.List.Texts, .. Frequencies.List.Texts, .. DocumentLanguages.List.Texts];

    /// <summary>The Latin words of a message once the user's own text is taken out (longest first, so names inside names go whole).</summary>
    private static IEnumerable<string> Words(string message, List<string?> theirs)
    {
        foreach (var text in theirs.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct().OrderByDescending(t => t.Length))
        {
            message = message.Replace(text, " ", StringComparison.Ordinal);
        }
        return LatinWord().Matches(message).Select(m => m.Value);
    }

    [GeneratedRegex(@"\p{L}*[A-Za-z]\p{L}*")]
    private static partial Regex LatinWord();
}
