using System.IO.Compression;
using System.Xml.Linq;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Tests.Word;

public class DefaultTemplatesTests
{
    public static TheoryData<string, WordTemplate> Names()
    {
        var data = new TheoryData<string, WordTemplate>();
        foreach (var phrases in TemplatePhrases.All)
        {
            foreach (var (template, _) in TemplateSet.Files)
            {
                data.Add(phrases.Tag, template);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void BuiltInTemplate_ComparedWithItsDesign_HoldsTheSameParts(string tag, WordTemplate template)
    {
        var phrases = TemplatePhrases.All.Single(p => p.Tag == tag);
        var designed = DefaultTemplateDesign.Build(template, phrases);
        var name = TemplateSet.FileName(template);
        if (Environment.GetEnvironmentVariable("OFFICEINFRA_UPDATE_TEMPLATES") == "1")
        {
            var folder = Path.Combine(RepositoryRoot(), "service", "OfficeInfra.Documents", "Templates", tag);
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name), designed);
            return;
        }

        DocumentLanguages.List.TryParse(tag, out var language).Should().BeTrue();
        var shipped = TemplateSet.DefaultBytes(name, language);

        Parts(shipped).Should().BeEquivalentTo(Parts(designed),
            "the shipped template must be the generated one (run the tests with OFFICEINFRA_UPDATE_TEMPLATES=1 after changing the design)");
    }

    [Fact]
    public void BuiltInTemplates_Chinese_DeclareLatinTextEnglishSoItWrapsBetweenWords()
    {
        foreach (var (template, _) in TemplateSet.Files)
        {
            var styles = XDocument.Parse(Parts(TemplateSet.DefaultBytes(TemplateSet.FileName(template), DocumentLanguage.ChineseSimplified))["word/styles.xml"]);
            var lang = styles.Descendants(W + "docDefaults").Descendants(W + "lang").Single();

            // Latin words declared Chinese are broken between any two letters in a narrow cell ("Mailch|imp").
            lang.Attribute(W + "val")!.Value.Should().Be("en-US", template.ToString());
            lang.Attribute(W + "eastAsia")!.Value.Should().Be("zh-CN", template.ToString());
        }
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("tr", true)]
    [InlineData("zh-Hans", false)]
    public void BuiltInTemplates_ChineseHasNoItalics_OthersKeepTheirs(string tag, bool italics)
    {
        DocumentLanguages.List.TryParse(tag, out var language).Should().BeTrue();
        foreach (var (template, _) in TemplateSet.Files)
        {
            var parts = Parts(TemplateSet.DefaultBytes(TemplateSet.FileName(template), language));
            var styles = XDocument.Parse(parts["word/styles.xml"]);
            var warning = styles.Descendants(W + "style").Single(s => s.Attribute(W + "styleId")?.Value == "Warning").Element(W + "rPr")!;

            // Chinese characters have no italic form: Word and LibreOffice slant them, which only distorts them.
            warning.Elements(W + "i").Any().Should().Be(italics, $"{template}: the Warning style");
            warning.Element(W + "color")!.Attribute(W + "val")!.Value.Should().Be("C00000", $"{template}: a warning stays red");
            if (!italics)
            {
                parts.Where(p => p.Key.StartsWith("word/", StringComparison.Ordinal) && p.Key.EndsWith(".xml", StringComparison.Ordinal))
                    .SelectMany(p => XDocument.Parse(p.Value).Descendants(W + "i")).Should().BeEmpty($"{template}: no run or style of a Chinese template is italic");
            }
        }
    }

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

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
