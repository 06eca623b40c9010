using System.IO.Compression;
using OfficeInfra.Documents.Word;

namespace OfficeInfra.Documents.Tests.Word;

public class DefaultTemplatesTests
{
    public static TheoryData<string> Names => new() { TemplateSet.JobDescriptionFileName, TemplateSet.SopFileName };

    [Theory]
    [MemberData(nameof(Names))]
    public void BuiltInTemplate_ComparedWithItsDesign_HoldsTheSameParts(string name)
    {
        var designed = name == TemplateSet.SopFileName ? DefaultTemplateDesign.Sop() : DefaultTemplateDesign.JobDescription();
        if (Environment.GetEnvironmentVariable("OFFICEINFRA_UPDATE_TEMPLATES") == "1")
        {
            File.WriteAllBytes(Path.Combine(RepositoryRoot(), "service", "OfficeInfra.Documents", "Templates", name), designed);
            return;
        }

        var shipped = TemplateSet.DefaultBytes(name);

        Parts(shipped).Should().BeEquivalentTo(Parts(designed),
            "the shipped template must be the generated one (run the tests with OFFICEINFRA_UPDATE_TEMPLATES=1 after changing the design)");
    }

    private static Dictionary<string, string> Parts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        return zip.Entries.Where(e => e.FullName != "docProps/core.xml").ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
