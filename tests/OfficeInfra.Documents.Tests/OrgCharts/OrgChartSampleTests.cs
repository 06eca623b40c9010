using OfficeInfra.Documents.OrgCharts;
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

        deck.Slides[0].Shapes.Should().Contain(s => s.Paragraphs.Contains(registers.Organisation));
        deck.Slides[1].Title.Should().Be(registers.Organisation);
        deck.Slides[1].Roles.Select(r => r.Paragraphs[0]).Should().BeEquivalentTo(registers.Roles.Select(r => r.Title));
        foreach (var department in registers.Departments)
        {
            var slide = deck.Slides.Single(s => s.Title == department.Name);
            slide.Roles.Select(r => r.Paragraphs[0]).Should().BeEquivalentTo(
                registers.Roles.Where(r => r.Department == department.Name).Select(r => r.Title));
        }
        var summary = deck.Slides[^1];
        summary.Title.Should().Be("Summary");
        summary.Shapes.Single(s => s.Name == "Busiest roles").Paragraphs[0].Should().Contain("Technician (5)");
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

    [Fact]
    public void Generate_DumpDirectorySet_WritesDecksForLookingAt()
    {
        // For rendering through LibreOffice by hand: OFFICEINFRA_ORGCHART_DUMP=/tmp/oc dotnet test ...
        var directory = Environment.GetEnvironmentVariable("OFFICEINFRA_ORGCHART_DUMP");
        if (string.IsNullOrEmpty(directory))
        {
            return;
        }
        Directory.CreateDirectory(directory);
        foreach (var document in Generate())
        {
            File.WriteAllBytes(Path.Combine(directory, (document.Department is null ? "org" : document.Subject) + ".pptx"), document.Content);
        }
    }
}
