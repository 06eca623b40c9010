using OfficeInfra.Documents;
using OfficeInfra.Documents.Filing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Publishing.Tests.Planning;

public sealed class LibraryLayoutTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    private static DesiredLibrary Layout(Registers.Model.RegisterSet registers) =>
        LibraryLayout.Build(LibraryFiling.Of(Registers.Rules.RegisterRules.Checked(registers)), new FakeDocumentSource().Generate(registers, AsOf), new LibraryOptions());

    [Fact]
    public void Build_Sample_PutsEveryDocumentWhereTheSpecSays()
    {
        var sample = SampleOrganisation.Create();

        var library = Layout(sample);

        library.Documents.Should().Contain(d => d.Path == "Org Chart.pptx" && d.Department == null);
        library.Documents.Should().Contain(d => d.Path == "Operations/Org Chart.pptx");
        foreach (var role in sample.Roles)
            library.Documents.Should().ContainSingle(d => d.Kind == DocumentKind.JobDescription && d.Subject == role.Title)
                .Which.Path.Should().StartWith(role.Department + "/Job Descriptions/").And.EndWith(".docx");
        foreach (var process in sample.Processes)
            library.Documents.Should().ContainSingle(d => d.Kind == DocumentKind.Sop && d.Subject == process.Name)
                .Which.Path.Should().Be($"{process.Department}/SOPs/{process.Name}.docx");
        library.Folders.Select(f => f.Path).Should().Equal(sample.Departments.Select(d => d.Name));
        LibraryLayout.FolderPaths(library).Should().Contain("Operations/Records")
            .And.Contain(sample.Processes.Select(p => $"{p.Department}/Records/{p.Name}"));
        library.Documents.Should().OnlyContain(d => d.Sha256.Length == 64);
    }

    [Fact]
    public void Build_HostileNames_GivesSafeDistinctPathsUnderTheLimits()
    {
        var long300 = new string('Ş', 300);
        var registers = new RegisterSetBuilder()
            .Department("Sales/Marketing").Department("forms").Department(long300)
            .Role("PRN", "Sales/Marketing").Role("Clerk: day", "Sales/Marketing").Role("clerk_ day", "Sales/Marketing")
            .Role("Manager...", "forms").Role(long300, long300).Role("<b>{{role.title}}</b>", long300)
            .Build();

        var library = Layout(registers);

        library.Folders.Select(f => f.Path).Should().Equal("Sales_Marketing", "forms (2)", new string('Ş', 120));
        library.Documents.Select(d => d.Path).Should().OnlyHaveUniqueItems()
            .And.Contain("Sales_Marketing/Job Descriptions/_PRN.docx")
            .And.Contain("Sales_Marketing/Job Descriptions/Clerk_ day.docx")
            .And.Contain("Sales_Marketing/Job Descriptions/clerk_ day (2).docx")
            .And.Contain("forms (2)/Job Descriptions/Manager.docx")
            .And.OnlyContain(p => p.Length <= NameSanitiser.MaxPathLength && p.Split('/').All(s => s.Length <= 255));
        library.Documents.Should().Contain(d => d.Subject == "<b>{{role.title}}</b>" && d.Path.EndsWith("/_b_{{role.title}}__b_.docx"));
    }

    [Fact]
    public void ProcessRecords_HostileAndClashingProcessNames_SafeDistinctFoldersUnderTheirDepartment()
    {
        var registers = new RegisterSetBuilder()
            .Department("Sales/Marketing").Department("Finance")
            .Role("Clerk", "Sales/Marketing").Role("Controller", "Finance")
            .Process("Quote: approve", "Sales/Marketing").Process("Quote_ approve", "Sales/Marketing").Process("Close", "finance ")
            .Build();

        var folders = LibraryFolders.ProcessRecords(registers);

        registers.Processes.Select(p => folders[p]).Should().Equal(
            "Sales_Marketing/Records/Quote_ approve", "Sales_Marketing/Records/Quote_ approve (2)", "Finance/Records/Close");
        LibraryLayout.FolderPaths(Layout(registers)).Should().Contain(folders.Values);
    }
}
