using OfficeInfra.Documents.Delegation;
using OfficeInfra.Documents.Tests.Journey;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>Names and numbers joined inside the product's sentences and cells as the organisation's language joins them.</summary>
public class ListJoinTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    /// <summary>Boss owns Selling and does steps 1 and 3; Teknisyen does step 2.</summary>
    private static RegisterSet Shop(string language) => RegisterSetBuilder.Valid()
        .Role("Teknisyen", "Ops", reportsTo: "Boss")
        .Task("Koliyi hazırla", "Ops", role: "Teknisyen", process: "Selling", step: "2", frequency: "Daily")
        .Task("Kargoyu çağır", "Ops", role: "Boss", process: "Selling", step: "3", frequency: "Daily")
        .Build() with { Settings = new OrganisationSettings(Language: language) };

    [Theory]
    [InlineData("en", "1, 3", "Process owner; steps 1 and 3", "Step 2")]
    [InlineData("tr", "1, 3", "Süreç sahibi; 1. ve 3. adımlar", "2. adım")]
    [InlineData("zh-Hans", "1、3", "流程负责人；第1、3步", "第2步")]
    public void Sop_RoleDoingSeveralSteps_StepNumbersJoinedInTheLanguage(string language, string steps, string ownerPart, string doerPart)
    {
        var documents = new WordDocumentGenerator(TemplateSet.Default()).Generate(Shop(language), AsOf).ToList();
        var sop = documents.Single(d => d.Kind == DocumentKind.Sop).Content;
        byte[] Jd(string role) => documents.Single(d => d.Kind == DocumentKind.JobDescription && d.Subject == role).Content;

        DocxReader.Rows(sop).Should().Contain(r => r[0] == "Boss" && r[r.Length - 1] == steps);
        // The part a role plays in a process reads as a phrase of the language, one step singular ("Steps 3" read wrong).
        DocxReader.Rows(Jd("Boss")).Should().Contain(r => r[0] == "Selling" && r[1] == ownerPart);
        DocxReader.Rows(Jd("Teknisyen")).Should().Contain(r => r[0] == "Selling" && r[1] == doerPart);
    }

    [Theory]
    [InlineData(DocumentLanguage.English, "Ann, Bob")]
    [InlineData(DocumentLanguage.ChineseSimplified, "Ann、Bob")]
    public void DelegationReport_VacantRoleCoveredBySeveral_NamesJoinedInTheLanguage(DocumentLanguage language, string coveredBy)
    {
        var registers = RegisterSetBuilder.Valid().Role("Driver", "Ops", "Boss", holder: null, status: "Vacant")
            .Task("Drive the van", "Ops", "Driver", currentlyDoneBy: "Ann").Task("Wash the van", "Ops", "Driver", currentlyDoneBy: "Bob").Build();

        var view = XlsxView.Open(DelegationWorkbook.Write(DelegationFigures.Of(registers), language));

        view.ValidationErrors.Should().BeEmpty();
        view.Sheets[2].Rows.Should().Contain(r => r.Contains(coveredBy));
    }
}
