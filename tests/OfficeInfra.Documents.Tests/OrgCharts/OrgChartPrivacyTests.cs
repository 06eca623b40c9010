using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Tests.Control;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>
/// SPEC §3 access levels: the organisation deck sits at the library root, where every reader of the library reads it,
/// so of a Confidential or Restricted department it shows the heads and the headcount and nothing else: no other
/// role, vacancy, role type or reporting line, in no figure, no history row and no record of the deck's model.
/// </summary>
public sealed class OrgChartPrivacyTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    // In the sample, the Lawyer (Legal Compliance, Restricted), the Bookkeeper (Accounting, Confidential) and the
    // Wellbeing Volunteer (Human Resources, Confidential) are below their departments' heads.
    private static readonly string[] Hidden = ["Lawyer", "Bookkeeper", "Wellbeing Volunteer"];

    /// <summary>The sample with every hidden role changed in all but its title, department and manager.</summary>
    private static RegisterSet Reworked(RegisterSet registers) => registers with
    {
        Roles = [.. registers.Roles.Select(r => Hidden.Contains(r.Title)
            ? r with { Status = "Vacant", Holder = null, Type = "Freelancer", Hours = "Full-time" } : r)],
    };

    [Fact]
    public void OrganisationDeck_HiddenRolesChange_StaysByteIdenticalAndKeepsItsVersion()
    {
        var sample = SampleOrganisation.Create();
        var first = Revisions.Run(sample, Revisions.First);

        var second = Revisions.Run(Reworked(sample), Revisions.Second, first);

        var before = first.Single(d => d.Kind == DocumentKind.OrgChart && d.Department is null);
        var after = second.Single(d => d.Kind == DocumentKind.OrgChart && d.Department is null);
        after.Content.Should().Equal(before.Content, "nothing the root's readers may see changed");
        after.Record!.Control!.Version.Should().Be(1);
        RegisterName[] detailed = ["Legal Compliance", "Accounting", "Human Resources"];
        second.Where(d => d.Kind == DocumentKind.OrgChart && d.Department is { } department && detailed.Contains(department))
            .Should().HaveCount(3).And.OnlyContain(d => d.Record!.Control!.Version == 2, "each department's own deck shows its roles in full");
    }

    [Fact]
    public void OrganisationDeck_Sample_CountsHiddenDepartmentsByHeadcountOnly()
    {
        var registers = Reworked(SampleOrganisation.Create());

        var document = new OrgChartGenerator().Generate(registers, AsOf).First();

        var deck = DeckView.Open(document.Content);
        var text = deck.Slides.SelectMany(s => s.Shapes.SelectMany(x => x.Paragraphs).Concat(s.Tables.SelectMany(t => t.Rows.SelectMany(r => r)))).ToList();
        foreach (var hidden in registers.Roles.Where(r => Hidden.Contains(r.Title)))
        {
            text.Should().NotContain(t => t.Contains(hidden.Title, StringComparison.Ordinal), "the deck does not name a hidden role");
        }
        // The Technician is the one vacancy outside Confidential and Restricted departments; three hidden roles are vacant too.
        const string Counts = "13 roles in 6 departments, 1 vacant outside Confidential and Restricted departments";
        deck.Slides[0].Shapes.Single(s => s.Name == "Subtitle").Paragraphs.Should().Contain(Counts);
        deck.Slides[2].Subtitle!.Paragraphs[0].Should().StartWith("13 roles, 1 vacant outside Confidential and Restricted departments · ");
        deck.Slides.Single(s => s.Title == "Legal Compliance").Subtitle!.Paragraphs[0].Should().StartWith("2 roles (Restricted) · ");
        var summary = deck.Slides[^1];
        summary.Subtitle!.Paragraphs[0].Should().Be(Counts);
        var table = summary.Tables.Single().Rows;
        table.Single(r => r[0] == "Legal Compliance").Should().Equal("Legal Compliance", "2", "–", "–", "–", "–", "–", "–", "–", "–");
        table.Single(r => r[0] == "Accounting").Skip(1).Should().Equal("2", "–", "–", "–", "–", "–", "–", "–", "–");
        // Vacant and the five types count the three open departments' seven roles: five employees, a freelancer and an intern.
        table[^1].Take(8).Should().Equal("Total", "13", "1", "5", "0", "1", "1", "0");
        summary.Shapes.Single(s => s.Name == "Largest teams").Paragraphs[0].Should().EndWith(
            "Confidential and Restricted departments show their headcount only (–); each one's own chart shows the rest.");
        document.Record!.Facts!.Keys.Should().NotContain(k => Hidden.Any(h => k.Contains(h, StringComparison.Ordinal)),
            "the records of the deck's model keep nothing the deck does not show");
    }

    [Fact]
    public void OrganisationDeck_FullDetailAllowed_ShowsEveryDepartmentsFigures()
    {
        var registers = Reworked(SampleOrganisation.Create());

        var document = new OrgChartGenerator(new OrgChartOptions { FullDetail = true }).Generate(registers, AsOf).First();

        var table = DeckView.Open(document.Content).Slides[^1].Tables.Single().Rows;
        table.Single(r => r[0] == "Legal Compliance").Should().Equal("Legal Compliance", "2", "1", "1", "0", "1", "0", "0", "2", "1");
        table[^1].Take(3).Should().Equal("Total", "13", "4");
    }

    [Theory]
    [InlineData("en", "Figures of Legal Compliance set to 2 roles (Restricted)")]
    [InlineData("tr", "Legal Compliance biriminin sayıları: 2 pozisyon (Kısıtlı) olarak belirlendi")]
    [InlineData("zh-Hans", "Legal Compliance的岗位统计设为2 个岗位（受限）")]
    public void OrganisationDeck_RecordedWithHiddenRoles_OneVersionThatNamesNoneOfThem(string language, string figures)
    {
        var registers = SampleOrganisation.Create() with { Settings = new OrganisationSettings("Contoso Ltd", language, "12") };
        var earlier = Revisions.Run(registers, Revisions.First).Select(d => WithEveryRole(d, registers)).ToList();

        var second = Revisions.Run(registers, Revisions.Second, earlier);
        var third = Revisions.Run(registers, new DateOnly(2025, 4, 1), second);

        var history = second.Single(d => d.Kind == DocumentKind.OrgChart && d.Department is null).Record!.Control!.History;
        history.Should().HaveCount(2);
        history[0].Change.Should().Contain(figures);
        foreach (var name in Hidden.Concat(registers.Roles.Where(r => Hidden.Contains(r.Title)).Select(r => r.Holder!)))
        {
            history[0].Change.Should().NotContain(name);
        }
        third.Zip(second).Should().OnlyContain(p => p.First.Content.SequenceEqual(p.Second.Content), "the next run keeps every document");
    }

    // What the organisation deck's record held before it kept to what it shows: every role and every department's
    // figures (as the deck showing full detail records them today), and other bytes.
    private static GeneratedDocument WithEveryRole(GeneratedDocument document, RegisterSet registers)
    {
        if (document.Kind != DocumentKind.OrgChart || document.Department is not null)
        {
            return document;
        }
        var full = new OrgChartGenerator(new OrgChartOptions { FullDetail = true }).Generate(registers, new ControlBook(Revisions.First)).First();
        return document with { Record = document.Record! with { Facts = full.Record!.Facts, ModelHash = full.Record.ModelHash, Sha256 = new string('e', 64) } };
    }
}
