using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Documents.Tests.OrgCharts;

public class OrgChartSampleTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    private static List<GeneratedDocument> Generate() =>
        new OrgChartGenerator().Generate(SampleOrganisation.Create(), AsOf).ToList();

    [Fact]
    public void Generate_Sample_YieldsOrganisationDeckThenOnePerDepartment()
    {
        var registers = SampleOrganisation.Create();

        var documents = Generate();

        documents.Should().HaveCount(new OrgChartGenerator().Count(registers));
        documents[0].Should().Match<GeneratedDocument>(d => d.Kind == DocumentKind.OrgChart && d.Department == null && d.Subject == registers.Organisation);
        documents.Skip(1).Select(d => d.Subject).Should().Equal(registers.Departments.Select(d => d.Name));
        documents.Skip(1).Should().OnlyContain(d => d.Department == d.Subject);
    }

    [Fact]
    public void Generate_Sample_EveryDeckPassesTheValidator()
    {
        foreach (var document in Generate())
        {
            DeckView.Open(document.Content).ValidationErrors.Should().BeEmpty(document.Subject);
        }
    }

    [Fact]
    public void Generate_Sample_OrganisationDeckHasTitleChartsAndSummary()
    {
        var registers = SampleOrganisation.Create();

        var deck = DeckView.Open(Generate()[0].Content);

        deck.Slides[0].Title.Should().Be(registers.Organisation);
        deck.Slides[1].Title.Should().Be("Contents");
        deck.Slides[2].Title.Should().Be("Whole organisation");
        deck.Slides.Where(s => s.Title.StartsWith("Whole organisation", StringComparison.Ordinal)).SelectMany(s => s.Roles)
            .Select(r => r.Paragraphs[0]).Distinct().Should().BeEquivalentTo(registers.Roles.Where(r => !HiddenFromOrganisationDeck(registers, r)).Select(r => r.Title));
        foreach (var department in registers.Departments.Where(d => d.AccessLevel is AccessLevel.Public or AccessLevel.Internal))
        {
            var slide = deck.Slides.Single(s => s.Title == department.Name);
            slide.Roles.Select(r => r.Paragraphs[0]).Should().BeEquivalentTo(
                registers.Roles.Where(r => r.Department == department.Name).Select(r => r.Title));
        }
        var summary = deck.Slides[^1];
        summary.Title.Should().Be("Summary");
    }

    [Fact]
    public void Generate_RoleReportingToAHiddenRole_HangsUnderItsNearestShownManagerWithoutNamingTheHiddenOne()
    {
        var sample = SampleOrganisation.Create();
        var hidden = sample.Roles.First(r => HiddenFromOrganisationDeck(sample, r));
        var open = sample.Departments.First(d => d.AccessLevel is AccessLevel.Public or AccessLevel.Internal).Name;
        var liaison = new Role("Compliance Liaison", open, ReportsTo: hidden.Title, Type: "Employee", Status: "Filled", Holder: "R. Lee");
        var registers = sample with { Roles = [.. sample.Roles, liaison] };
        var shownManager = hidden;
        while (HiddenFromOrganisationDeck(registers, shownManager))
        {
            shownManager = registers.Roles.First(r => r.Title == shownManager.ReportsTo);
        }

        var deck = DeckView.Open(new OrgChartGenerator().Generate(registers, AsOf).First().Content, validate: false);

        deck.Slides.SelectMany(s => s.Shapes).SelectMany(s => s.Paragraphs).Should().NotContain(p => p.Contains(hidden.Title, StringComparison.Ordinal),
            "the hidden role's title is not shown, not even as the liaison's manager");
        var whole = deck.Slides.Where(s => s.Title.StartsWith("Whole organisation", StringComparison.Ordinal)).ToList();
        var slide = whole.Single(s => s.Roles.Any(r => r.Paragraphs[0] == liaison.Title));
        var box = slide.Roles.Single(r => r.Paragraphs[0] == liaison.Title);
        var managers = slide.Connectors.Where(c => c.StartId == box.Id || c.EndId == box.Id)
            .Select(c => slide.Shape(c.StartId == box.Id ? c.EndId!.Value : c.StartId!.Value).Paragraphs[0]).ToList();
        managers.Should().Equal([shownManager.Title], "the liaison hangs under the nearest manager the deck shows, not as a top role");
    }

    /// <summary>A role of a Confidential or Restricted department below the department's top.</summary>
    internal static bool HiddenFromOrganisationDeck(RegisterSet registers, Role role)
    {
        var department = registers.Departments.Single(d => d.Name == role.Department);
        return department.AccessLevel is AccessLevel.Confidential or AccessLevel.Restricted && role.Title != department.Head &&
            registers.Roles.Any(r => r.Title == role.ReportsTo && r.Department == role.Department);
    }

    [Fact]
    public void Generate_Sample_ConfidentialDepartmentsShowOnlyHeadAndHeadcountInTheOrganisationDeck()
    {
        var registers = SampleOrganisation.Create();
        var hidden = registers.Roles.Where(r => HiddenFromOrganisationDeck(registers, r)).ToList();
        hidden.Should().NotBeEmpty("the sample has Confidential and Restricted departments");

        var documents = Generate();

        var organisation = DeckView.Open(documents[0].Content, validate: false);
        var text = organisation.Slides.SelectMany(s => s.Shapes).SelectMany(s => s.Paragraphs).ToList();
        text.Should().NotContain(hidden.Select(r => r.Title));
        foreach (var department in registers.Departments.Where(d => d.AccessLevel is AccessLevel.Confidential or AccessLevel.Restricted))
        {
            var members = registers.Roles.Where(r => r.Department == department.Name).ToList();
            var count = members.Count(r => HiddenFromOrganisationDeck(registers, r));
            if (count > 0)
            {
                text.Should().Contain(t => t.StartsWith($"+{count} role", StringComparison.Ordinal) && t.Contains(department.Access!, StringComparison.Ordinal));
            }
            var own = DeckView.Open(documents.Single(d => d.Department == department.Name).Content, validate: false);
            own.Slides.SelectMany(s => s.Roles).Select(r => r.Paragraphs[0]).Distinct().Should().BeEquivalentTo(members.Select(r => r.Title));
        }
        var full = DeckView.Open(new OrgChartGenerator(new OrgChartOptions { FullDetail = true })
            .Generate(registers, AsOf).First().Content, validate: false);
        full.Slides.SelectMany(s => s.Roles).Select(r => r.Paragraphs[0]).Should().Contain(hidden.Select(r => r.Title), "the setting allows full detail");
    }

    [Fact]
    public void Generate_Sample_VacantRolesAreRedAndFilledOnesAreNot()
    {
        var registers = SampleOrganisation.Create();
        var vacant = registers.Roles.Where(r => r.IsVacant).Select(r => r.Title).ToHashSet();

        var boxes = Generate().SelectMany(d => DeckView.Open(d.Content).Slides).SelectMany(s => s.Roles).ToList();

        boxes.Should().NotBeEmpty();
        foreach (var box in boxes)
        {
            var isVacant = vacant.Contains(box.Paragraphs[0]);
            (box.Outline == "FF0000").Should().Be(isVacant, box.Name);
            (box.ParagraphColours[0] == "FF0000").Should().Be(isVacant, box.Name);
            (box.Paragraphs[1] == "Vacant").Should().Be(isVacant, box.Name);
        }
    }

    [Fact]
    public void Generate_Sample_RoleReportingIntoAnotherDepartmentNamesItsManager()
    {
        var technology = DeckView.Open(Generate().Single(d => d.Subject == "Technology").Content);

        var admin = technology.Slides.Single().Roles.Single();

        admin.Paragraphs.Should().Contain("Reports to Chief Operating Officer (Operations)");
    }

    [Fact]
    public void Generate_SameInputTwice_GivesByteIdenticalDecks()
    {
        var first = Generate();
        var second = Generate();

        first.Select(d => d.Content).Should().BeEquivalentTo(second.Select(d => d.Content), o => o.WithStrictOrdering());
    }

}
