using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Documents.Tests.Word;

public class WordDocumentGeneratorTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private static readonly List<GeneratedDocument> Contoso =
        new WordDocumentGenerator(TemplateSet.Default()).Generate(SampleOrganisation.Create(), AsOf).ToList();

    private static byte[] Document(DocumentKind kind, string subject) => Contoso.Single(d => d.Kind == kind && d.Subject == subject).Content;

    [Fact]
    public void Generate_Contoso_OneJobDescriptionPerRoleAndOneSopPerProcess()
    {
        var registers = SampleOrganisation.Create();

        Contoso.Where(d => d.Kind == DocumentKind.JobDescription).Select(d => (d.Department?.Display, d.Subject))
            .Should().Equal(registers.Roles.Select(r => ((string?)r.Department, r.Title)));
        Contoso.Where(d => d.Kind == DocumentKind.Sop).Select(d => (d.Department?.Display, d.Subject))
            .Should().Equal(registers.Processes.Select(p => ((string?)p.Department, p.Name)));
        new WordDocumentGenerator(TemplateSet.Default()).Count(registers).Should().Be(Contoso.Count);
    }

    [Fact]
    public void Generate_Contoso_EveryDocumentPassesTheOpenXmlValidator()
    {
        foreach (var document in Contoso)
        {
            DocxReader.ValidationErrors(document.Content).Should().BeEmpty($"{document.Subject} must be valid");
        }
    }

    [Fact]
    public void JobDescription_FilledRole_ReadsLikeAJobDescription()
    {
        var docx = Document(DocumentKind.JobDescription, "Chief Operating Officer");
        var rows = DocxReader.Rows(docx);
        var paragraphs = DocxReader.Paragraphs(docx);

        paragraphs[0].Should().Be("Chief Operating Officer");
        rows.Should().ContainEquivalentOf(new[] { "Reports to", "Managing Director" });
        rows.Should().ContainEquivalentOf(new[] { "Direct reports", "Technician, IT Administrator" });
        rows.Should().ContainEquivalentOf(new[] { "Employment type", "Employee" });
        rows.Should().ContainEquivalentOf(new[] { "Working hours", "Full-time" });
        rows.Should().ContainEquivalentOf(new[] { "Holder", "Priya Shah" });
        paragraphs.Should().Contain("Runs daily operations and order fulfilment.");
        rows.Should().ContainEquivalentOf(new[] { "Confirm each customer order in the order system", "Daily", "Order system, Order checklist" });
        rows.Should().ContainEquivalentOf(new[] { "Record each service in the maintenance log", "Monthly", "Maintenance log" });
        rows.Should().ContainEquivalentOf(new[] { "Order to Delivery", "Process owner; steps 1 and 6", "Orders shipped within 2 working days", "95%" });
        paragraphs.Should().NotContain(p => p.Contains("This role is open", StringComparison.Ordinal));
        DocxReader.HeadersAndFooters(docx).Should().Contain("Contoso Ltd · Operations").And.Contain("Version 1 · effective 1 December 2026");
    }

    [Fact]
    public void JobDescription_Responsibilities_GroupedByProcessWithTasksOutsideAnyProcessLast()
    {
        var paragraphs = DocxReader.Paragraphs(Document(DocumentKind.JobDescription, "Managing Director")).ToList();

        var headings = new[] { "Contract Review", OfficeInfra.Documents.Wording.ProductWords.English.OtherResponsibilities };
        // The process's name is its group's heading, and again in the performance measures table further down.
        paragraphs.Where(headings.Contains).Should().StartWith(headings);
        paragraphs.Should().Contain("Sign off the contract").And.Contain("Set the yearly business plan");
        paragraphs.IndexOf("Set the yearly business plan").Should().BeGreaterThan(paragraphs.IndexOf("Sign off the contract"));
    }

    [Fact]
    public void JobDescription_VacantRole_SaysTheRoleIsOpen()
    {
        var docx = Document(DocumentKind.JobDescription, "Technician");

        DocxReader.AllText(docx).Should().Contain("This role is open.");
        DocxReader.Rows(docx).Should().ContainEquivalentOf(new[] { "Holder", "Vacant: we are recruiting" });
    }

    [Fact]
    public void Sop_Process_ReadsLikeAStandardOperatingProcedure()
    {
        var docx = Document(DocumentKind.Sop, "Order to Delivery");
        var rows = DocxReader.Rows(docx);
        var text = DocxReader.AllText(docx);

        DocxReader.Paragraphs(docx)[0].Should().Be("Order to Delivery");
        rows.Should().ContainEquivalentOf(new[] { "Core business system", "Fulfillment" });
        rows.Should().ContainEquivalentOf(new[] { "Chief Operating Officer", "Accountable: process owner; responsible for its steps", "1, 6" });
        rows.Should().ContainEquivalentOf(new[] { "Technician", "Responsible for its steps", "2, 3, 4, 5" });
        rows.Should().ContainEquivalentOf(new[] { "Starts when", "A customer order arrives." });
        rows.Should().ContainEquivalentOf(new[] { "Measured by (KPI)", "Orders shipped within 2 working days" });
        rows.Should().ContainEquivalentOf(new[] { "Target", "95%" });
        rows.Where(r => r.Length == 5).Select(r => r[0]).Should().Equal("Step", "1", "2", "3", "4", "5", "6");
        rows.Should().ContainEquivalentOf(new[] { "2", "Pick the ordered items from the warehouse", "Technician\nCurrently done by Chief Operating Officer", "Pick list, Barcode scanner", "Daily" });
        rows.Should().ContainEquivalentOf(new[] { "1", "Confirm each customer order in the order system", "Chief Operating Officer", "Order system, Order checklist", "Daily" });
        text.Should().Contain("Order to Delivery exists to achieve this result: The customer has the equipment, tested and on time.")
            .And.Contain("Records of this process are filed in Operations/Records/Order to Delivery.")
            .And.Contain("• Equipment Maintenance");
        text.Should().Contain("Revision").And.Contain("1 December 2026").And.Contain("1 December 2027");
    }

    [Fact]
    public void Sop_StepWithoutRole_SaysNoRoleAssigned()
    {
        var registers = SampleOrganisation.Create();
        registers = registers with { Tasks = registers.Tasks.Select(t => t.Task == "Review the contract terms" ? t with { Role = null } : t).ToList() };

        var docx = new WordDocumentGenerator(TemplateSet.Default()).Generate(registers, AsOf)
            .Single(d => d.Subject == "Contract Review").Content;

        DocxReader.Rows(docx).Should().ContainEquivalentOf(new[] { "2", "Review the contract terms", "No role assigned", "Contract template", "As needed" });
        DocxReader.ValidationErrors(docx).Should().BeEmpty();
    }

    [Fact]
    public void Generate_SameInputTwice_GivesByteIdenticalDocuments()
    {
        var again = new WordDocumentGenerator(TemplateSet.Default()).Generate(SampleOrganisation.Create(), AsOf).ToList();

        again.Select(d => d.Content).Should().BeEquivalentTo(Contoso.Select(d => d.Content), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Generate_UnicodeNames_SurviveUnchanged()
    {
        var docx = Document(DocumentKind.JobDescription, "Bookkeeper");
        DocxReader.Rows(docx).Should().ContainEquivalentOf(new[] { "Holder", "Ayşe Yılmaz" });
        DocxReader.Rows(Document(DocumentKind.JobDescription, "IT Administrator")).Should().ContainEquivalentOf(new[] { "Holder", "Wei Zhang (张伟)" });
    }
}
