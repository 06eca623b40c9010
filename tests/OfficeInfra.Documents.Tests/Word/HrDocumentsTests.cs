using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>What an HR officer and a quality auditor read in the job descriptions and SOPs (issue 22).</summary>
public class HrDocumentsTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private static readonly List<GeneratedDocument> Contoso =
        new WordDocumentGenerator(TemplateSet.Default()).Generate(SampleOrganisation.Create(), AsOf).ToList();

    private static byte[] Jd(string role) => Contoso.Single(d => d.Kind == DocumentKind.JobDescription && d.Subject == role).Content;

    private static byte[] Generate(RegisterSet registers, DocumentKind kind, string subject) =>
        new WordDocumentGenerator(TemplateSet.Default()).Generate(registers, AsOf).Single(d => d.Kind == kind && d.Subject == subject).Content;

    [Theory]
    [InlineData("Chief Operating Officer", "Job description")]
    [InlineData("Marketing Intern", "Internship description")]
    [InlineData("Wellbeing Volunteer", "Volunteer role description")]
    [InlineData("Lawyer", "Service scope")]
    [InlineData("Graphic Designer", "Service scope")]
    public void RoleDocument_EachRoleType_IsValidAndShowsItsOwnHeading(string role, string heading)
    {
        var docx = Jd(role);

        DocxReader.ValidationErrors(docx).Should().BeEmpty();
        DocxReader.Paragraphs(docx)[1].Should().Be($"{heading} · {SampleOrganisation.Create().Roles.Single(r => r.Title == role).Department} · Contoso Ltd");
    }

    [Theory]
    [InlineData("Wellbeing Volunteer")]
    [InlineData("Lawyer")]
    public void RoleDocument_VolunteerOrProvider_HasNoEmploymentWording(string role)
    {
        var labels = DocxReader.Rows(Jd(role)).Select(r => r[0]).ToList();

        labels.Should().NotContain(["Reports to", "Working hours", "Hours", "Employment type", "Grade", "Contract"]);
    }

    [Fact]
    public void Volunteer_GivesTimeInsteadOfHours() =>
        DocxReader.Rows(Jd("Wellbeing Volunteer")).Should().ContainEquivalentOf(new[] { "Time given", "Monthly, as needed" })
            .And.ContainEquivalentOf(new[] { "Your contact", "HR Officer (Grace O'Neill)" });

    [Fact]
    public void Intern_NamesTheSupervisorAndWhatTheInternLearns()
    {
        var docx = Jd("Marketing Intern");

        DocxReader.Rows(docx).Should().ContainEquivalentOf(new[] { "Supervisor", "Marketing Manager (Sofia Ruiz)" });
        DocxReader.Paragraphs(docx).Should().Contain("What you will learn").And.Contain("Campaign Launch: Social media scheduler");
    }

    [Fact]
    public void ServiceScope_ListsDeliverablesAndTheContactInside()
    {
        var rows = DocxReader.Rows(Jd("Lawyer"));

        rows.Should().ContainEquivalentOf(new[] { "Review the contract terms", "As needed", "Contract template" })
            .And.ContainEquivalentOf(new[] { "Contact in the organisation", "Compliance Officer (Jonas Berg)" });
    }

    [Fact]
    public void JobDescription_VacantRole_ListsItsTasksDoneByOthersToday() =>
        DocxReader.Rows(Jd("Technician")).Should()
            .ContainEquivalentOf(new[] { "Pick the ordered items from the warehouse", "Order to Delivery", "Chief Operating Officer" })
            .And.ContainEquivalentOf(new[] { "Service the workshop equipment", "Equipment Maintenance", "Chief Operating Officer" });

    [Fact]
    public void JobDescription_Holder_ListsTasksBelongingToAnotherRole()
    {
        var docx = Jd("Marketing Manager");

        DocxReader.Paragraphs(docx).Should().Contain(p => p.StartsWith("The holder of this role also carries out", StringComparison.Ordinal));
        DocxReader.Rows(docx).Should().ContainEquivalentOf(new[] { "Pass qualified leads to the Managing Director", "Lead Handling", "Marketing Intern" });
    }

    [Fact]
    public void JobDescription_CurrentlyDoneByAPersonHoldingARole_CountsForThatRole()
    {
        var registers = RegisterSetBuilder.Valid()
            .Role("Clerk", "Ops", "Boss", holder: null, status: "Vacant")
            .Task("File the post", "Ops", "Clerk", currentlyDoneBy: "Ann").Build();

        DocxReader.Rows(Generate(registers, DocumentKind.JobDescription, "Boss")).Should()
            .ContainEquivalentOf(new[] { "File the post", "", "Clerk" });
        DocxReader.Rows(Generate(registers, DocumentKind.JobDescription, "Clerk")).Should()
            .ContainEquivalentOf(new[] { "File the post", "", "Ann (Boss)" });
    }

    [Fact]
    public void JobDescription_EveryRoleTakingPartInAProcess_StatesItsMeasures()
    {
        var registers = SampleOrganisation.Create();
        foreach (var role in registers.Roles.Where(r => r.RoleType is not RoleType.Volunteer))
        {
            var inProcess = registers.Tasks.Any(t => t.Role == role.Title && t.Process is not null) || registers.Processes.Any(p => p.Owner == role.Title);
            var rows = DocxReader.Rows(Jd(role.Title));
            rows.Any(r => r.Length == 4 && r[2] == "Measured by (KPI)").Should().Be(inProcess, role.Title);
            DocxReader.AllText(Jd(role.Title)).Should().NotContain("owns no process");
        }
        DocxReader.Rows(Jd("Technician")).Should().ContainEquivalentOf(new[] { "Order to Delivery", "Steps 2, 3, 4 and 5", "Orders shipped within 2 working days", "95%" });
    }

    [Fact]
    public void JobDescription_PersonSpecification_ShowsOnlyTheValuesGiven()
    {
        var registers = RegisterSetBuilder.Valid().Build();
        registers = registers with { Roles = [registers.Roles[0] with { Skills = "Negotiation", Location = "Leeds" }] };

        var docx = Generate(registers, DocumentKind.JobDescription, "Boss");
        var plain = Generate(RegisterSetBuilder.Valid().Build(), DocumentKind.JobDescription, "Boss");

        DocxReader.Paragraphs(docx).Should().Contain("Person specification");
        DocxReader.Rows(docx).Should().ContainEquivalentOf(new[] { "Skills", "Negotiation" }).And.ContainEquivalentOf(new[] { "Location", "Leeds" })
            .And.NotContain(r => r[0] == "Grade" || r[0] == "Qualifications");
        DocxReader.Paragraphs(plain).Should().NotContain("Person specification");
        DocxReader.ValidationErrors(docx).Should().BeEmpty();
    }

    [Fact]
    public void Documents_ApprovedBy_PrintsTheApproverFromTheRegisters()
    {
        var registers = RegisterSetBuilder.Valid().Build();
        registers = registers with
        {
            Departments = [registers.Departments[0] with { ApprovedBy = "HR Director" }],
            Processes = [registers.Processes[0] with { ApprovedBy = "Quality Manager" }],
        };

        DocxReader.Rows(Generate(registers, DocumentKind.JobDescription, "Boss"))[1].Should().EndWith("HR Director");
        DocxReader.Rows(Generate(registers, DocumentKind.Sop, "Selling"))[1].Should().EndWith("Quality Manager");
    }

    [Fact]
    public void Sop_ToolsOfTheStepsAndNoKpi_ListsEveryToolAndNoNotSet()
    {
        var registers = new RegisterSetBuilder().Department("Ops").Role("Boss", "Ops").Process("Mailing", "Ops", owner: "Boss")
            .Task("Write the newsletter", "Ops", "Boss", "Mailing", "1", "Monthly", null, "Mailchimp").Build();

        var docx = Generate(registers, DocumentKind.Sop, "Mailing");
        var paragraphs = DocxReader.Paragraphs(docx);

        paragraphs[paragraphs.ToList().IndexOf("Tools and materials") + 1].Should().Be("Mailchimp");
        DocxReader.AllText(docx).Should().NotContain("Not set").And.NotContain("How performance is measured");
    }

    [Fact]
    public void Sop_Purpose_IsWrittenFromItsOwnTriggerAndOutcome()
    {
        var purposes = Contoso.Where(d => d.Kind == DocumentKind.Sop)
            .Select(d => DocxReader.Paragraphs(d.Content).SkipWhile(p => p != "Purpose").Skip(1).First()).ToList();

        purposes.Should().OnlyHaveUniqueItems();
        purposes.Should().Contain("Hiring exists to achieve this result: The right person accepts an offer. This procedure sets out every step from the moment it starts (\u201CA role is vacant\u201D) to that result, who carries out each step and how the result is measured.");
    }
}
