using System.IO.Compression;
using System.Xml.Linq;
using OfficeInfra.Documents.Word;
using OfficeInfra.Documents.Word.Templating;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>Compiling a part runs named stages: preparing edits the part, analysing only reads it.</summary>
public class TemplateStagesTests
{
    public static TheoryData<DocumentLanguage, WordTemplate> BuiltIn()
    {
        var data = new TheoryData<DocumentLanguage, WordTemplate>();
        foreach (var language in Enum.GetValues<DocumentLanguage>())
        {
            foreach (var (template, _) in TemplateSet.Files)
            {
                data.Add(language, template);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void Analyse_PreparedBuiltInTemplate_LeavesThePartAsItWas(DocumentLanguage language, WordTemplate template)
    {
        var part = DocumentPart(TemplateSet.DefaultBytes(TemplateSet.FileName(template), language));
        PartPreparation.Prepare(part);
        var prepared = part.ToString(SaveOptions.DisableFormatting);

        var analysis = PartAnalysis.Analyse(part, "Built-in.docx", TemplateSet.ShapeOf(template));

        analysis.Problems.Should().BeEmpty();
        analysis.Tags.Should().NotBeEmpty().And.Contain(t => t.Syntax.Kind == TagKind.Open);
        part.ToString(SaveOptions.DisableFormatting).Should().Be(prepared, "analysing reads the part and never edits it");
    }

    [Fact]
    public void Prepare_TagSplitOverRuns_OneRunWhoseSpacesArePreserved()
    {
        var part = XDocument.Parse($"<w:document xmlns:w=\"{W.Ns}\"><w:body><w:p><w:r><w:t>{{</w:t></w:r><w:proofErr w:type=\"spellStart\"/>" +
            "<w:r><w:t>{title</w:t></w:r><w:r><w:t>}}</w:t></w:r></w:p></w:body></w:document>");

        PartPreparation.Prepare(part);

        var texts = part.Descendants(W.T).ToList();
        texts.Should().ContainSingle(t => t.Value == "{{title}}").Which.Attribute(W.Space)?.Value.Should().Be("preserve");
    }

    private static XDocument DocumentPart(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream);
    }
}
