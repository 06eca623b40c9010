using OfficeInfra.Documents;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;
using OfficeInfra.Service.Cli;

namespace OfficeInfra.Service.Tests.Cli;

public sealed class ReportTests
{
    private static LibraryRunResult Result(bool applied) => new(
        new LibraryPlan(
            ["Ops"],
            [
                new PlannedDocument("Ops/Job Descriptions/Boss.docx", DocumentChange.New),
                new PlannedDocument("Ops/SOPs/Selling.docx", DocumentChange.Changed),
                new PlannedDocument("Ops/Org Chart.pptx", DocumentChange.Unchanged),
                new PlannedDocument("Ops/Job Descriptions/Gone.docx", DocumentChange.Stale),
                new PlannedDocument("Ops/SOPs/Mine.docx", DocumentChange.Conflict),
                new PlannedDocument("Ops/Job Descriptions/Clerk.docx", DocumentChange.Edited),
                new PlannedDocument("Ops/Job Descriptions/Cook.docx", DocumentChange.Overwrite),
            ],
            [new PlannedPermissions("Ops", true, [new Grant("ops@contoso.com", GrantRole.Owner)], [new Grant("bob@contoso.com", GrantRole.Read)], [])]),
        new DesiredLibrary(
            [new FolderSpec("Ops", "Ops", AccessLevel.Internal, [])],
            [new DocumentSpec(DocumentKind.JobDescription, "Ops", "Boss", "Ops/Job Descriptions/Boss.docx", "00", [])]),
        applied);

    [Fact]
    public async Task LabelWarnings_ConfiguredNamePurviewsImportRefuses_OneSentenceNamingIt()
    {
        var writer = new StringWriter();

        await PlanReport.WriteLabelWarningsAsync(writer, new LibraryOptions
        {
            RetentionLabelsByType = new Dictionary<string, string> { ["sop"] = "Quality 3 years", ["job-description"] = "HR – 7 years" },
        });

        writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().Contain("'HR – 7 years'").And.Contain("only letters, digits, hyphens and spaces, at most 64").And.Contain("Records:RetentionLabels");
    }

    [Fact]
    public async Task PlanReport_Plan_ListsEveryChangeInPlainWords()
    {
        using var writer = new StringWriter();

        await PlanReport.WriteAsync(writer, Result(applied: false), "https://contoso.sharepoint.com/sites/ops (Documents)");

        var text = writer.ToString();
        text.Should().StartWith("Would change in https://contoso.sharepoint.com/sites/ops (Documents):");
        text.Should().Contain("create folder  Ops")
            .And.Contain("new            Ops/Job Descriptions/Boss.docx")
            .And.Contain("update         Ops/SOPs/Selling.docx")
            .And.Contain("stale (kept)   Ops/Job Descriptions/Gone.docx")
            .And.Contain("conflict       Ops/SOPs/Mine.docx (a file the product did not make is there; it is left alone)")
            .And.Contain("edited (kept)  Ops/Job Descriptions/Clerk.docx (changed by hand since OfficeInfra wrote it, so it was left alone; " +
                "lasting changes belong in the registers or the templates (templates export); --overwrite-edited replaces it)")
            .And.Contain("overwrite      Ops/Job Descriptions/Cook.docx (edited by hand; --overwrite-edited replaces it)")
            .And.Contain("Ops: stop inheriting from the library")
            .And.Contain("Ops: give ops@contoso.com full control")
            .And.Contain("bob@contoso.com has read access that the access level does not give (kept; --prune-permissions removes it)")
            .And.NotContain("Org Chart.pptx");
        text.TrimEnd().Split('\n')[^1].Should().Be(
            "1 folder to create; documents: 1 new, 1 changed, 1 unchanged, 1 stale, 0 to delete, 1 blocked by files we did not make, " +
            "1 edited by hand (kept), 1 edited by hand to overwrite; 1 folder with permission changes.");
    }

    [Fact]
    public async Task GenerateSummary_Result_CountsChangesAndNamesStaleDocuments()
    {
        using var writer = new StringWriter();

        await GenerateSummary.WriteAsync(writer, Result(applied: true), "/tmp/library");

        var lines = writer.ToString().TrimEnd().Split('\n');
        lines[0].Should().Be("Generated 1 document in /tmp/library (1 new, 1 changed, 1 unchanged, 1 edited by hand and kept; " +
            "1 department folder; 1 stale document left in place).");
        lines[1].Should().Contain("stale: Ops/Job Descriptions/Gone.docx");
        lines[2].Should().Be("  edited: Ops/Job Descriptions/Clerk.docx (changed by hand since OfficeInfra wrote it, so it was left alone; " +
            "lasting changes belong in the registers or the templates (templates export); --overwrite-edited replaces it)");
        lines[3].Should().Contain("overwritten: Ops/Job Descriptions/Cook.docx");
        lines[4].Should().Contain("not written: Ops/SOPs/Mine.docx");
    }
}
