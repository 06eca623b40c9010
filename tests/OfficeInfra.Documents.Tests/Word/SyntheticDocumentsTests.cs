using OfficeInfra.Documents.Word;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Word;

public class SyntheticDocumentsTests
{
    [Fact]
    public void Generate_HostileNames_EveryDocumentIsValidAndPrintsTheNamesLiterally()
    {
        var registers = SyntheticOrganisation.Create(roles: 18, tasks: 90, processes: 9, departments: 9, seed: 7);

        var documents = new WordDocumentGenerator(TemplateSet.Default()).Generate(registers, new DateOnly(2026, 12, 1)).ToList();

        documents.Should().HaveCount(27);
        foreach (var document in documents)
        {
            DocxReader.ValidationErrors(document.Content).Should().BeEmpty($"{document.Subject} must be valid");
        }
        foreach (var process in registers.Processes)
        {
            var rows = DocxReader.Rows(documents.Single(d => d.Kind == DocumentKind.Sop && d.Subject == process.Name).Content);
            var steps = registers.Tasks.Where(t => t.Process == process.Name).Select(t => t.Task);
            rows.Where(r => r.Length == 5).Skip(1).Select(r => r[1]).Should().Equal(steps, "steps are listed in order");
        }
        var role = registers.Roles[3];
        var text = DocxReader.AllText(documents.Single(d => d.Kind == DocumentKind.JobDescription && d.Subject == role.Title).Content);
        foreach (var task in registers.Tasks.Where(t => t.Role == role.Title))
        {
            text.Should().Contain(task.Task);
        }
    }
}
