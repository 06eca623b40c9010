using System.Text.RegularExpressions;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Control;

/// <summary>A Turkish or Chinese organisation's revision histories are written in its language, with no English the product wrote.</summary>
public sealed partial class ChangeLanguageTests
{
    private static RegisterSet Shop(string language) => RegisterSetBuilder.Valid()
        .Role("Müdür", "Ops", reportsTo: "Boss").Role("Teknisyen", "Ops", reportsTo: "Müdür")
        .Task("Koliyi hazırla", "Ops", role: "Müdür", process: "Selling", step: "2", frequency: "Daily")
        .Task("Stoku say", "Ops", role: "Teknisyen", process: "Selling", step: "3", frequency: "Weekly")
        .Build() with { Settings = new OrganisationSettings(Language: language) };

    /// <summary>Every kind of change a JD's and an SOP's history names: a task added, one reworded, a frequency, a step's role, a reporting line.</summary>
    private static RegisterSet Changed(RegisterSet before) => before with
    {
        Roles = [.. before.Roles.Select(r => r.Title == "Teknisyen" ? r with { ReportsTo = "Boss" } : r)],
        Tasks = [.. before.Tasks.Select(t => t.Task switch
        {
            "Stoku say" => t with { Frequency = "Daily", Role = "Müdür" },
            "Koliyi hazırla" => t with { Task = "Koliyi hazırla ve etiketle" },
            _ => t,
        }), new TaskItem("T-0100", "Kargoyu çağır", "Ops", "Müdür", "Selling", "4")],
    };

    [Theory]
    [InlineData("tr", "Müdür", "\u201CKargoyu çağır\u201D görevi eklendi")]
    [InlineData("zh-Hans", "Müdür", "新增任务\u201CKargoyu çağır\u201D")]
    [InlineData("tr", "Teknisyen", "Bağlı olduğu pozisyon: Müdür yerine Boss")]
    [InlineData("zh-Hans", "Teknisyen", "直接上级由Müdür改为Boss")]
    public void JobDescription_OrganisationLanguage_HistoryInIt(string language, string role, string expected)
    {
        var before = Shop(language);

        var rows = Revisions.Change(before, Changed(before), DocumentKind.JobDescription, role);

        rows.Should().Contain(expected);
        Leaked(rows, before).Should().BeEmpty();
    }

    [Theory]
    [InlineData("tr", "3. adımı artık Müdür yürütüyor (önceki: Teknisyen)")]
    [InlineData("zh-Hans", "第3步现由Müdür执行（原为Teknisyen）")]
    public void Sop_OrganisationLanguage_HistoryInIt(string language, string expected)
    {
        var before = Shop(language);

        var rows = Revisions.Change(before, Changed(before), DocumentKind.Sop, "Selling");

        rows.Should().Contain(expected);
        Leaked(rows, before).Should().BeEmpty();
    }

    [Fact]
    public void Sop_English_HistoryAsBefore()
    {
        var before = Shop("en");

        Revisions.Change(before, Changed(before), DocumentKind.Sop, "Selling").Should().Contain("Step 3 is now done by Müdür (was Teknisyen)");
    }

    /// <summary>The organisation deck after a role is added, another reports elsewhere, falls vacant and changes type.</summary>
    private static RegisterSet Reorganised(RegisterSet before) => before with
    {
        Roles = [.. before.Roles.Select(r => r.Title switch
        {
            "Teknisyen" => r with { ReportsTo = "Boss", Type = "Freelancer" },
            "Müdür" => r with { Status = "Vacant", Holder = null },
            _ => r,
        }), new Role("Kurye", "Ops", "Boss", Holder: "Deniz")],
    };

    [Theory]
    [InlineData("tr", "\u201CKurye\u201D pozisyonu eklendi", "\u201CTeknisyen\u201D pozisyonunda bağlı olduğu pozisyon: Müdür yerine Boss",
        "\u201CMüdür\u201D pozisyonu boşaldı", "\u201CTeknisyen\u201D pozisyonunda çalışma şekli: Çalışan yerine Serbest çalışan",
        "Ops biriminin sayıları: 3 pozisyon, 0 boş yerine 4 pozisyon, 1 boş")]
    [InlineData("zh-Hans", "新增岗位\u201CKurye\u201D", "岗位\u201CTeknisyen\u201D的直接上级由Müdür改为Boss", "岗位\u201CMüdür\u201D现已空缺",
        "岗位\u201CTeknisyen\u201D的用工类型由正式员工改为自由职业者", "Ops的岗位统计由3个岗位、0个空缺改为4个岗位、1个空缺")]
    public void OrgChart_OrganisationLanguage_HistoryInIt(string language, params string[] expected)
    {
        var before = Shop(language);

        var rows = Revisions.Change(before, Reorganised(before), DocumentKind.OrgChart, before.Organisation);

        foreach (var row in expected)
        {
            rows.Should().Contain(row);
        }
        var english = before with { Settings = new OrganisationSettings(Language: "en") };
        var englishRows = Revisions.Change(english, Reorganised(english), DocumentKind.OrgChart, english.Organisation);
        englishRows.Should().Contain("Role 'Kurye' added").And.Contain("Teknisyen: reports to changed from Müdür to Boss")
            .And.Contain("Figures of Ops changed from 3 roles, 0 vacant to 4 roles, 1 vacant");
        string[] theirs = ["Teknisyen", "Müdür", "Kurye", "Boss", "Someone", "Ops", before.Organisation];
        string Strip(string text) => theirs.Aggregate(text, (t, name) => t.Replace(name, " ", StringComparison.Ordinal));
        var englishWords = LatinWord().Matches(Strip(englishRows)).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        LatinWord().Matches(Strip(rows)).Select(m => m.Value).Where(englishWords.Contains).Should().BeEmpty();
    }

    [Theory]
    [InlineData("en", "Tools of task 'Stoku say': Slack added")]
    [InlineData("tr", "\u201CStoku say\u201D görevinde araçlar: Slack eklendi")]
    [InlineData("zh-Hans", "任务\u201CStoku say\u201D的工具：新增Slack")]
    public void JobDescription_ToolAdded_SaysWhichInTheLanguage(string language, string expected)
    {
        var shop = Shop(language);
        var before = shop with { Tasks = [.. shop.Tasks.Select(t => t.Task == "Stoku say" ? t with { Tools = ["Excel", "ERP"] } : t)] };
        var after = before with { Tasks = [.. before.Tasks.Select(t => t.Task == "Stoku say" ? t with { Tools = ["Excel", "ERP", "Slack"] } : t)] };

        Revisions.Change(before, after, DocumentKind.JobDescription, "Teknisyen").Should().Be(expected);
    }

    [Theory]
    [InlineData("en", "Customer journey stage 'Teslimat' added")]
    [InlineData("tr", "Müşteri yolculuğunda \u201CTeslimat\u201D aşaması eklendi")]
    [InlineData("zh-Hans", "新增客户旅程环节\u201CTeslimat\u201D")]
    public void Sop_JourneyStageAdded_SaidInTheLanguage(string language, string expected)
    {
        var before = Shop(language);
        var after = before with { Journey = [new JourneyStage(string.Empty, "Teslimat", 2) { BackStage = ["Selling"], OnStageBy = ["Müdür"] }] };

        Revisions.Change(before, after, DocumentKind.Sop, "Selling").Should().Be(expected);
    }

    /// <summary>English words of the English history of the same change that appear in <paramref name="rows"/>,
    /// once the registers' own text and the printed frequencies are taken out.</summary>
    private static List<string> Leaked(string rows, RegisterSet before)
    {
        var english = before with { Settings = new OrganisationSettings(Language: "en") };
        var englishRows = Revisions.Change(english, Changed(english), DocumentKind.JobDescription, "Müdür")
            + " " + Revisions.Change(english, Changed(english), DocumentKind.Sop, "Selling")
            + " " + Revisions.Change(english, Changed(english), DocumentKind.JobDescription, "Teknisyen");
        string[] theirs = ["Kargoyu çağır", "Koliyi hazırla ve etiketle", "Koliyi hazırla", "Stoku say", "Teknisyen", "Müdür", "Boss", "Selling", "Ops", "Daily", "Weekly"];
        string Strip(string text) => theirs.Aggregate(text, (t, name) => t.Replace(name, " ", StringComparison.Ordinal));
        var englishWords = LatinWord().Matches(Strip(englishRows)).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. LatinWord().Matches(Strip(rows)).Select(m => m.Value).Where(englishWords.Contains)];
    }

    [GeneratedRegex(@"\p{L}*[A-Za-z]\p{L}*")]
    private static partial Regex LatinWord();
}
