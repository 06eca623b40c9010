using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Control;

/// <summary>
/// Issue 19: what a document shows from other rows of the registers is named in its history, not "Layout updated":
/// the work a role covers for others, its manager's holder, and the organisation's name; in en, tr and zh-Hans.
/// </summary>
public sealed class ShownElsewhereHistoryTests
{
    private static RegisterSet Shop(string language = "en", string? coveredBy = null, string taskRole = "Technician") => RegisterSetBuilder.Valid()
        .Organisation("Contoso")
        .Role("COO", "Ops", reportsTo: "Boss", holder: "Kim Park").Role("Technician", "Ops", reportsTo: "COO", status: "Vacant", holder: null)
        .Role("Courier", "Ops", reportsTo: "COO").Role("Trainee", "Ops", reportsTo: "COO", type: "Intern")
        .Add(new TaskItem("T-0100", "Book the courier collection", "Ops", taskRole, "Selling", "2", "Weekly", CurrentlyDoneBy: coveredBy))
        .Build() with { Settings = new OrganisationSettings(Language: language) };

    private static string CooRow(RegisterSet before, RegisterSet after) => Revisions.Change(before, after, DocumentKind.JobDescription, "COO");

    [Theory]
    [InlineData("en", "Now covers 'Book the courier collection' for Technician")]
    [InlineData("tr", "\u201CBook the courier collection\u201D görevini artık Technician yerine üstleniyor")]
    [InlineData("zh-Hans", "现代为Technician承担任务\u201CBook the courier collection\u201D")]
    public void JobDescription_NowCoversAnotherRolesTask_SaysWhichAndForWhom(string language, string expected) =>
        CooRow(Shop(language), Shop(language, coveredBy: "COO")).Should().Be(expected);

    [Theory]
    [InlineData("en", "No longer covers 'Book the courier collection' for Technician")]
    [InlineData("tr", "\u201CBook the courier collection\u201D görevini artık Technician yerine üstlenmiyor")]
    [InlineData("zh-Hans", "不再代Technician承担任务\u201CBook the courier collection\u201D")]
    public void JobDescription_NoLongerCovers_SaysWhich(string language, string expected) =>
        CooRow(Shop(language, coveredBy: "Kim Park"), Shop(language)).Should().Be(expected, "the holder's name is matched to the role held");

    [Fact]
    public void JobDescription_CoveredTaskReworded_SaysSoByItsId()
    {
        var before = Shop(coveredBy: "COO");
        var after = before with { Tasks = [.. before.Tasks.Select(t => t with { Task = "Book the van" })] };

        CooRow(before, after).Should().Be("Covered task 'Book the courier collection' reworded as 'Book the van'");
    }

    [Fact]
    public void JobDescription_CoveredTaskGivenToAnotherRole_SaysForWhomNow() =>
        CooRow(Shop(coveredBy: "COO"), Shop(coveredBy: "COO", taskRole: "Courier"))
            .Should().Be("Now covers 'Book the courier collection' for Courier (was for Technician)");

    [Theory]
    [InlineData("en", "Reports to COO, now held by Ayse Yilmaz")]
    [InlineData("tr", "Bağlı olduğu pozisyon COO; bu pozisyonda artık Ayse Yilmaz görevli")]
    [InlineData("zh-Hans", "直接上级COO现由Ayse Yilmaz担任")]
    public void InternshipDescription_ManagersHolderChanged_SaysWhoNowHoldsIt(string language, string expected)
    {
        var before = Shop(language);
        var after = before with { Roles = [.. before.Roles.Select(r => r.Title == "COO" ? r with { Holder = "Ayse Yilmaz" } : r)] };

        Revisions.Change(before, after, DocumentKind.JobDescription, "Trainee").Should().Be(expected);
    }

    [Fact]
    public void InternshipDescription_ManagerFellVacant_SaysSo()
    {
        var before = Shop();
        var after = before with { Roles = [.. before.Roles.Select(r => r.Title == "COO" ? r with { Status = "Vacant" } : r)] };

        Revisions.Change(before, after, DocumentKind.JobDescription, "Trainee").Should().Be("Reports to COO, now vacant");
    }

    [Fact]
    public void JobDescription_ManagersHolderChangedButNotPrinted_NeitherRevisedNorNamed()
    {
        // The employee template prints the manager's title only: the document reads the same, so it is not revised,
        // and a later version for another reason does not name the holder either.
        var before = Shop();
        var holder = before with { Roles = [.. before.Roles.Select(r => r.Title == "COO" ? r with { Holder = "Ayse Yilmaz" } : r)] };
        var skills = holder with { Roles = [.. holder.Roles.Select(r => r.Title == "Courier" ? r with { Skills = "Driving" } : r)] };
        var first = Revisions.Run(before, Revisions.First).Single(d => d.Subject == "Courier");

        var second = Revisions.Revise(before, holder, DocumentKind.JobDescription, "Courier");

        second.Record!.Control!.Version.Should().Be(1);
        second.Content.Should().Equal(first.Content);
        Revisions.Change(before, skills, DocumentKind.JobDescription, "Courier").Should().Be("Skills set to Driving");
    }

    [Theory]
    [InlineData("en", "Organisation renamed from Contoso to Fabrikam")]
    [InlineData("tr", "Kuruluşun adı Contoso yerine Fabrikam oldu")]
    [InlineData("zh-Hans", "组织名称由Contoso更名为Fabrikam")]
    public void EveryDocument_OrganisationRenamed_SaysFromAndTo(string language, string expected)
    {
        var before = Shop(language);
        var after = before with { Organisation = "Fabrikam" };

        var revised = Revisions.Run(after, Revisions.Second, Revisions.Run(before, Revisions.First));

        revised.Select(d => (d.Subject, d.Record!.Control!.Version, d.Record.Control.History[0].Change)).Should().OnlyContain(d => d.Version == 2 && d.Change == expected,
            "every job description, SOP and deck prints the organisation's name");
        revised.Select(d => d.Kind).Should().Contain([DocumentKind.JobDescription, DocumentKind.Sop, DocumentKind.OrgChart]);
    }

    [Fact]
    public void Describe_OlderRecordsWithoutTheNewFacts_NoRow()
    {
        // Records written before the job description kept its covering list, manager's holder and organisation.
        var newer = JobDescriptionFacts(Shop(coveredBy: "COO"));
        var older = newer.Where(f => f.Key is not ("Organisation" or "Reports to holder" or "#covers") && !f.Key.StartsWith("covers:", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value);

        ChangeSummary.Describe(JobDescriptionWording.Instance, older, newer).Should().BeEmpty();
    }

    private static IReadOnlyDictionary<string, string> JobDescriptionFacts(RegisterSet registers) =>
        Revisions.Run(registers, Revisions.First).Single(d => d.Subject == "COO").Record!.Facts!;
}
