using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Tests.Control;
using OfficeInfra.Documents.Tests.Word;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Documents.Tests.Journey;

/// <summary>An SOP names the journey stages its process supports back stage; a job description the stages its role
/// is on stage for; neither says anything of a journey the workbook does not have.</summary>
public sealed class JourneyLinesTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    private static byte[] Document(RegisterSet registers, DocumentKind kind, string subject) =>
        new WordDocumentGenerator(TemplateSet.Default()).Generate(registers, AsOf).Single(d => d.Kind == kind && d.Subject == subject).Content;

    private static RegisterSet In(string language)
    {
        var registers = SampleOrganisation.Create();
        return registers with { Settings = registers.Settings with { Language = language } };
    }

    [Fact]
    public void Sop_ProcessBackStage_ListsItsStagesInJourneyOrderWithWhatTheCustomerDoes()
    {
        var sop = Document(SampleOrganisation.Create(), DocumentKind.Sop, "Order to Delivery");

        DocxReader.ValidationErrors(sop).Should().BeEmpty();
        var paragraphs = DocxReader.Paragraphs(sop);
        paragraphs.Should().Contain("Customer journey")
            .And.Contain("Behind the scenes, this process supports the customer at these stages of the customer journey:");
        var rows = DocxReader.Rows(sop);
        var header = rows.Single(r => r.SequenceEqual(["Stage", "What the customer does"]));
        rows.SkipWhile(r => r != header).Skip(1).Take(3).Should().BeEquivalentTo(new[]
        {
            new[] { "Purchase › Order", "Places the order" },
            ["Delivery › Ship", "Waits for the delivery and receives the equipment"],
            ["Support and renewal › Order again", "Orders spare parts or new equipment"],
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Sop_ProcessOffTheJourney_HasNoJourneySection()
    {
        var sop = Document(SampleOrganisation.Create(), DocumentKind.Sop, "Hiring");

        DocxReader.Paragraphs(sop).Should().NotContain("Customer journey");
        DocxReader.Rows(sop).Should().NotContain(r => r.Length > 0 && r[0] == "Stage");
    }

    [Fact]
    public void JobDescription_RoleOnStage_SaysItIsTheCustomersContactThereAndWhatIsDone()
    {
        var jd = Document(SampleOrganisation.Create(), DocumentKind.JobDescription, "Compliance Officer");

        DocxReader.ValidationErrors(jd).Should().BeEmpty();
        DocxReader.Paragraphs(jd).Should().Contain("This role is the customer's contact at these stages of the customer journey:");
        var rows = DocxReader.Rows(jd);
        rows.Should().ContainEquivalentOf(new[] { "Stage", "What the customer does", "Activity" });
        rows.Should().ContainEquivalentOf(new[] { "Purchase › Agree terms", "Reviews and signs the contract", "Agree the terms and sign" })
            .And.ContainEquivalentOf(new[] { "Support and renewal › Get support", "Reports a fault or asks for their personal data", "Answer the request" });
    }

    [Fact]
    public void JobDescription_RoleNeverOnStage_HasNoJourneySection()
    {
        // The HR Officer's department never meets the customer, and a department named on stage does not make each
        // of its roles the customer's contact.
        var jd = Document(SampleOrganisation.Create(), DocumentKind.JobDescription, "HR Officer");

        DocxReader.Paragraphs(jd).Should().NotContain("Customer journey");
    }

    [Theory]
    [InlineData("Marketing Intern", "You are the customer's contact at these stages of the customer journey:")]
    [InlineData("Wellbeing Volunteer", "You are the customer's contact at these stages of the customer journey:")]
    public void OtherRoleDocuments_RoleOnStage_NameTheStageInTheirOwnVoice(string role, string leadIn)
    {
        var sample = SampleOrganisation.Create();
        var registers = sample with
        {
            Journey = [.. sample.Journey.Select(s => s.Stage == "Discover" ? s with { OnStageBy = [.. s.OnStageBy, role] } : s)],
        };

        var document = Document(registers, DocumentKind.JobDescription, role);

        DocxReader.ValidationErrors(document).Should().BeEmpty();
        DocxReader.Paragraphs(document).Should().Contain(leadIn);
        DocxReader.Rows(document).Should().ContainEquivalentOf(new[]
            { "Awareness › Discover", "Sees a campaign or searches for workshop equipment", "Run campaigns and answer first questions" });
    }

    [Fact]
    public void WorkbookWithoutJourney_NoDocumentMentionsTheJourney()
    {
        var registers = SampleOrganisation.Create() with { Journey = [] };

        foreach (var document in new WordDocumentGenerator(TemplateSet.Default()).Generate(registers, AsOf))
        {
            var text = DocxReader.AllText(document.Content);
            text.Should().NotContain("Customer journey", document.Subject).And.NotContain("customer journey", document.Subject)
                .And.NotContain("›", document.Subject);
        }
    }

    [Theory]
    [InlineData("tr", "Müşteri yolculuğu", "Bu süreç, müşteri yolculuğunun aşağıdaki aşamalarında müşteriye perde arkasından destek verir:",
        "Bu pozisyon, müşteri yolculuğunun aşağıdaki aşamalarında müşterinin muhatabıdır:", "Aşama")]
    [InlineData("zh-Hans", "客户旅程", "在客户旅程的以下阶段，本流程在幕后为客户提供支持：", "在客户旅程的以下阶段，本岗位是客户的直接对接人：", "阶段")]
    public void Documents_TurkishOrChinese_NameTheJourneyInTheirLanguage(string language, string heading, string sopLeadIn, string jdLeadIn, string stage)
    {
        var registers = In(language);
        var sop = Document(registers, DocumentKind.Sop, "Lead Handling");
        var jd = Document(registers, DocumentKind.JobDescription, "Marketing Manager");

        DocxReader.Paragraphs(sop).Should().Contain(heading).And.Contain(sopLeadIn);
        DocxReader.Rows(sop).Should().ContainEquivalentOf(new[] { "Awareness › Enquire", "Asks for a quote" });
        DocxReader.Paragraphs(jd).Should().Contain(heading).And.Contain(jdLeadIn);
        DocxReader.Rows(jd).Should().Contain(r => r.Length == 3 && r[0] == stage)
            .And.ContainEquivalentOf(new[] { "Support and renewal › Order again", "Orders spare parts or new equipment", "Offer spares and upgrades" });
    }

    [Fact]
    public void History_StageNoLongerSupported_SaysWhichStageLeftTheSop()
    {
        var before = SampleOrganisation.Create();
        var after = before with
        {
            Journey = [.. before.Journey.Select(s => s.Stage == "Ship" ? s with { BackStage = [] } : s)],
        };

        var change = Revisions.Change(before, after, DocumentKind.Sop, "Order to Delivery");

        change.Should().Be("Customer journey stage 'Delivery › Ship' removed");
    }

    [Fact]
    public void History_RoleNewlyOnStage_SaysWhichStageItNowServes()
    {
        var before = SampleOrganisation.Create();
        var after = before with
        {
            Journey = [.. before.Journey.Select(s => s.Stage == "Invoice" ? s with { OnStageBy = [.. s.OnStageBy, "Accountant"] } : s)],
        };

        var change = Revisions.Change(before, after, DocumentKind.JobDescription, "Accountant");

        change.Should().Be("Customer journey stage 'Delivery › Invoice' added");
    }
}
