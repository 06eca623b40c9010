using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Documents.Word.Templating;

namespace OfficeInfra.Documents.Tests.Word;

public class EscapingPropertyTests
{
    private static readonly DocxTemplate Template = DocxTemplate.Compile(
        DocxBuilder.Body(WordXml.P("", WordXml.R("[{{title}}]"))), "Test.docx",
        TemplateShape.RecordOf(("title", TemplateShape.Text)));

    [Fact]
    public void Render_AnyText_GivesAValidDocumentThatReadsBackAsTheText()
    {
        var property = Prop.ForAll(ArbMap.Default.ArbFor<string>(), value =>
        {
            var docx = Template.Render(new Dictionary<string, object?> { ["title"] = value });

            return DocxReader.ValidationErrors(docx).Count == 0 &&
                DocxReader.Paragraphs(docx).SequenceEqual(["[" + WordShows.Text(value ?? string.Empty) + "]"]);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }
}
