using OfficeInfra.Documents.Word;
using OfficeInfra.Documents.Word.Templating;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Documents.Tests.Word;

public sealed class TemplateSetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("officeinfra-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_FolderWithOnlyAnEditedSop_UsesItAndFallsBackToTheBuiltInJobDescription()
    {
        File.WriteAllBytes(Path.Combine(_folder, TemplateSet.SopFileName),
            DocxBuilder.Body(WordXml.Pt("", "Our SOP for {{process.name}} ({{#each steps}}{{number}}. {{task}}; {{/each}})")));

        var documents = new WordDocumentGenerator(TemplateSet.Load(_folder)).Generate(SampleOrganisation.Create(), new DateOnly(2026, 12, 1)).ToList();

        DocxReader.AllText(documents.Single(d => d.Subject == "Backup and Recovery").Content)
            .Should().Be("Our SOP for Backup and Recovery (1. Check the nightly backup report; 2. Test restoring a file from backup; )");
        DocxReader.Paragraphs(documents.Single(d => d.Subject == "Lawyer").Content)[0].Should().Be("Lawyer");
    }

    [Fact]
    public void Load_TemplateWithAnUnknownTag_ThrowsInvalidTemplateNamingIt()
    {
        File.WriteAllBytes(Path.Combine(_folder, TemplateSet.JobDescriptionFileName),
            DocxBuilder.Body(WordXml.Pt("", "Title: {{role.name}}")));

        var act = () => TemplateSet.Load(_folder);

        act.Should().Throw<OfficeInfraException>().Where(e => e.Kind == ErrorKind.InvalidTemplate)
            .WithMessage("*{{role.name}}*Title: {{role.name}}*");
    }

    [Fact]
    public void Check_ExportedBuiltInTemplates_HaveNoProblems()
    {
        TemplateSet.ExportDefaults(_folder).Should().HaveCount(TemplateSet.Files.Count);

        TemplateChecker.Check(_folder).Should().BeEmpty();
    }

    [Fact]
    public void Check_FolderWithABrokenTemplate_ListsTheProblem()
    {
        File.WriteAllBytes(Path.Combine(_folder, TemplateSet.SopFileName),
            DocxBuilder.Body(WordXml.Pt("", "{{#each steps}}") + WordXml.Pt("", "{{task}}")));

        var problems = TemplateChecker.Check(_folder);

        problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Template = "SOP.docx", Tag = "{{#each steps}}", Paragraph = "{{#each steps}}" });
    }
}
