using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Control;

/// <summary>Each kind of document names each kind of change in words (SPEC §3a), from its two models.</summary>
public sealed class ChangeSummaryTests
{
    private static RegisterSetBuilder Shop() => RegisterSetBuilder.Valid()
        .Role("COO", "Ops", reportsTo: "Boss").Role("CEO", "Ops", reportsTo: "Boss").Role("Technician", "Ops", reportsTo: "COO")
        .Task("Pack the parcel", "Ops", role: "COO", process: "Selling", step: "2", frequency: "Daily")
        .Task("Check the stock", "Ops", role: "Technician", process: "Selling", step: "3", frequency: "Weekly");

    [Fact]
    public void JobDescription_TaskAdded_NamesTheTask()
    {
        var before = Shop().Build();
        var after = before with { Tasks = [.. before.Tasks, new TaskItem("T-0100", "Book the courier collection", "Ops", "COO", "Selling", "4")] };

        Revisions.Change(before, after, DocumentKind.JobDescription, "COO").Should().Be("Task 'Book the courier collection' added");
    }

    [Fact]
    public void JobDescription_TaskRemoved_NamesTheTask()
    {
        var before = Shop().Build();
        var after = before with { Tasks = [.. before.Tasks.Where(t => t.Task != "Pack the parcel")] };

        Revisions.Change(before, after, DocumentKind.JobDescription, "COO").Should().Be("Task 'Pack the parcel' removed");
    }

    [Fact]
    public void JobDescription_ReportsToChanged_SaysFromAndTo()
    {
        var before = Shop().Build();
        var after = before with { Roles = [.. before.Roles.Select(r => r.Title == "Technician" ? r with { ReportsTo = "CEO" } : r)] };

        Revisions.Change(before, after, DocumentKind.JobDescription, "Technician").Should().Be("Reports to changed from COO to CEO");
    }

    [Fact]
    public void JobDescription_FrequencyChanged_NamesTaskAndBothValues()
    {
        var before = Shop().Build();
        var after = before with { Tasks = [.. before.Tasks.Select(t => t.Task == "Check the stock" ? t with { Frequency = "Daily" } : t)] };

        Revisions.Change(before, after, DocumentKind.JobDescription, "Technician")
            .Should().Be("Frequency of task 'Check the stock' changed from Weekly to Daily");
    }

    [Theory]
    [InlineData("en", "Qualifications changed from City & Guilds to HNC; Skills set to Soldering")]
    [InlineData("tr", "Eğitim ve sertifikalar: City & Guilds yerine HNC; Beceriler: Soldering olarak belirlendi")]
    [InlineData("zh-Hans", "学历与证书由City & Guilds改为HNC；技能要求设为Soldering")]
    public void JobDescription_PersonSpecificationChanged_NamesEachFieldNotLayout(string language, string expected)
    {
        var shop = Shop().Build();
        var before = shop with
        {
            Settings = shop.Settings with { Language = language },
            Roles = [.. shop.Roles.Select(r => r.Title == "Technician" ? r with { Qualifications = "City & Guilds" } : r)],
        };
        var after = before with { Roles = [.. before.Roles.Select(r => r.Title == "Technician" ? r with { Qualifications = "HNC", Skills = "Soldering" } : r)] };

        Revisions.Change(before, after, DocumentKind.JobDescription, "Technician").Should().Be(expected);
    }

    [Fact]
    public void Describe_FactsTheOlderRecordsDidNotKeep_AreNoChange()
    {
        // Records written before the product named a field: the new field, and a new field of a kept item, changed nothing.
        var older = new Dictionary<string, string> { ["Title"] = "Clerk", ["task:T1"] = "File the post" };
        var newer = new Dictionary<string, string>
        {
            ["Title"] = "Clerk", ["Skills"] = "Typing", ["task:T1"] = "File the post", ["task:T1:tools"] = "Stapler",
            ["task:T2"] = "Open the post", ["task:T2:tools"] = "Knife",
        };

        ChangeSummary.Describe(JobDescriptionWording.Instance, older, newer).Should().Equal("Task 'Open the post' added");
    }

    [Fact]
    public void Sop_StepGivenToAnotherRole_SaysWhoNowDoesIt()
    {
        var before = Shop().Build();
        var after = before with { Tasks = [.. before.Tasks.Select(t => t.Task == "Check the stock" ? t with { Role = "COO" } : t)] };

        Revisions.Change(before, after, DocumentKind.Sop, "Selling").Should().Be("Step 3 is now done by COO (was Technician)");
    }

    [Fact]
    public void Sop_KpiTargetChanged_SaysFromAndTo()
    {
        var before = Shop().Build() with { Processes = [new Process("Selling", "Ops", Owner: "Boss", Kpi: "On time", Target: "90%")] };
        var after = before with { Processes = [before.Processes[0] with { Target = "95%" }] };

        Revisions.Change(before, after, DocumentKind.Sop, "Selling").Should().Be("KPI target changed from 90% to 95%");
    }

    [Fact]
    public void Sop_TaskAdded_NamesTheTaskAndItsStep()
    {
        var before = Shop().Build();
        var after = before with { Tasks = [.. before.Tasks, new TaskItem("T-0100", "Book the courier collection", "Ops", "COO", "Selling", "4")] };

        Revisions.Change(before, after, DocumentKind.Sop, "Selling").Should().Be("Task 'Book the courier collection' added as step 4");
    }

    [Fact]
    public void OrgChart_ReportingLineChanged_SaysWhoNowReportsToWhom()
    {
        var before = Shop().Build();
        var after = before with { Roles = [.. before.Roles.Select(r => r.Title == "Technician" ? r with { ReportsTo = "CEO" } : r)] };

        Revisions.Change(before, after, DocumentKind.OrgChart, "Ops").Should().Be("Technician: reports to changed from COO to CEO");
    }

    [Fact]
    public void OrgChart_RoleFallsVacant_SaysSo()
    {
        var before = Shop().Build();
        var after = before with { Roles = [.. before.Roles.Select(r => r.Title == "COO" ? r with { Status = "Vacant", Holder = null } : r)] };

        Revisions.Change(before, after, DocumentKind.OrgChart, "Ops").Should().Contain("COO is now vacant");
    }

    [Fact]
    public void AnyDocument_TemplateChanged_SaysTemplateChanged()
    {
        var registers = Shop().Build();
        var edited = TemplateSet.From(WithExtraParagraph(TemplateSet.DefaultBytes(TemplateSet.JobDescriptionFileName)),
            TemplateSet.DefaultBytes(TemplateSet.SopFileName));

        var revised = Revisions.Revise(registers, registers, DocumentKind.JobDescription, "COO", edited);

        revised.Record!.Control!.Version.Should().Be(2);
        revised.Record.Control.History[0].Change.Should().Be("Template changed");
    }

    [Fact]
    public void Describe_ItemRemoved_DoesNotRepeatItsFields()
    {
        var older = new Dictionary<string, string> { ["task:T1"] = "Pack", ["task:T1:frequency"] = "Daily" };

        ChangeSummary.Describe(JobDescriptionWording.Instance, older, new Dictionary<string, string>())
            .Should().Equal("Task 'Pack' removed");
    }

    private static byte[] WithExtraParagraph(byte[] docx)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(xml.Replace("<w:body>", "<w:body><w:p><w:r><w:t>Company confidential</w:t></w:r></w:p>", StringComparison.Ordinal));
        }
        return buffer.ToArray();
    }
}
