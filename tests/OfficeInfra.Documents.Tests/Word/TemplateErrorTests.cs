using OfficeInfra.Documents.Word.Templating;
using static OfficeInfra.Documents.Tests.Word.WordXml;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// Broken templates beyond the single broken tag of <see cref="TemplateEngineTests"/>: partials in every form,
/// blocks that cross or are misused, helpers the engine lacks. Each is one InvalidTemplate sentence naming the tag,
/// the paragraph it sits in and the template.
/// </summary>
public class TemplateErrorTests
{
    private static readonly TemplateShape Shape = TemplateShape.RecordOf(
        ("title", TemplateShape.Text), ("flag", TemplateShape.Flag),
        ("items", TemplateShape.ListOf(TemplateShape.RecordOf(("name", TemplateShape.Text)))));

    [Theory]
    [InlineData("{{> signature}}", "{{> signature}}", "partials are not supported")]
    [InlineData("{{>signature}}", "{{>signature}}", "partials are not supported")]
    [InlineData("{{> (lookup . \"which\")}}", "{{> (lookup . \"which\")}}", "partials are not supported")]
    [InlineData("{{#> layout}}body{{/layout}}", "{{#> layout}}", "partials are not supported")]
    [InlineData("{{#*inline \"row\"}}{{> row}}{{/inline}}{{> row}}", "{{#*inline \"row\"}}", "partials are not supported")]
    [InlineData("{{* decorator}}", "{{* decorator}}", "decorators are not supported")]
    [InlineData("{{else}}", "{{else}}", "is outside any {{#if}} or {{#each}} block")]
    [InlineData("{{#each items}}{{#if flag}}{{/each}}{{/if}}", "{{/each}}", "does not close the block {{#if flag}}")]
    [InlineData("{{#if flag}}a{{else}}b{{else}}c{{/if}}", "{{else}}", "a block has at most one {{else}}")]
    [InlineData("{{#if}}x{{/if}}", "{{#if}}", "needs exactly one value after #if")]
    [InlineData("{{#if (upper title)}}x{{/if}}", "{{#if (upper title)}}", "calls \"upper\", which is not a known helper")]
    [InlineData("{{lookup items 0}}", "{{lookup items 0}}", "calls \"lookup\", which is not a known helper")]
    [InlineData("Dear {{title", "{{title", "is never closed")]
    [InlineData("{{#each items}}{{name}}{{/each}}{{/each}}", "{{/each}}", "closes a block that was never opened")]
    [InlineData("{{#each /items}}{{name}}{{/each}}", "{{#each /items}}", "\"/items\" is not a name a tag can use")]
    [InlineData("{{title.}}", "{{title.}}", "\"title.\" is not a name a tag can use")]
    [InlineData("{{items..name}}", "{{items..name}}", "is not a name a tag can use")]
    [InlineData("{{formatDate title \"d MMMM yyyy's\"}}", "{{formatDate title \"d MMMM yyyy's\"}}", "which no date can be written in")]
    public void Compile_BrokenTemplate_ThrowsInvalidTemplateNamingTheTagAndParagraph(string paragraph, string tag, string what)
    {
        var docx = DocxBuilder.Body(Pt("", "Intro") + Pt("", "Text " + paragraph));

        var act = () => DocxTemplate.Compile(docx, "Letter.docx", Shape);

        var error = act.Should().Throw<OfficeInfraException>().Which;
        error.Kind.Should().Be(ErrorKind.InvalidTemplate);
        error.Message.Should().StartWith($"In Letter.docx, the tag {tag} in the paragraph \"Text {paragraph}\" ")
            .And.Contain(what).And.EndWith(".").And.NotContain("\n");
    }

    [Theory]
    [InlineData("<w:hyperlink w:anchor=\"top\" w:tooltip=\"{{title}}\"><w:r><w:t>See the top</w:t></w:r></w:hyperlink>")]
    [InlineData("<w:r><w:instrText xml:space=\"preserve\"> QUOTE {{title}} </w:instrText></w:r><w:r><w:t>See the top</w:t></w:r>")]
    [InlineData("<w:del w:id=\"1\" w:author=\"HR\"><w:r><w:delText>{{title}}</w:delText></w:r></w:del><w:r><w:t>See the top</w:t></w:r>")]
    public void Compile_TagOutsideTheText_ThrowsInvalidTemplateNamingTheParagraph(string runs)
    {
        // Handlebars would fill these in unchecked, and a value with a quote would break the attribute it lands in.
        var docx = DocxBuilder.Body(P("", runs));

        var act = () => DocxTemplate.Compile(docx, "Letter.docx", Shape);

        act.Should().Throw<OfficeInfraException>().Where(e => e.Kind == ErrorKind.InvalidTemplate).Which.Message.Should()
            .StartWith("In Letter.docx, the tag {{title}} in the paragraph \"See the top\" sits outside the text a person reads");
    }

    [Fact]
    public void Compile_TagSplitByATab_ThrowsInvalidTemplateRatherThanTagMarkup()
    {
        // Runs with a tab between them are not merged, so Handlebars would read "{{ti</w:t>…<w:tab/>…tle}}" as one tag.
        var docx = DocxBuilder.Body(P("", R("Name: {{ti") + "<w:r><w:tab/></w:r>" + R("tle}}")));

        var act = () => DocxTemplate.Compile(docx, "Letter.docx", Shape);

        act.Should().Throw<OfficeInfraException>().Which.Message.Should()
            .Be("In Letter.docx, the tag {{ti in the paragraph \"Name: {{title}}\" is never closed: a tag ends with }} and holds no } before that.");
    }

    [Fact]
    public void Check_TemplateWithAPartialAndAnUnknownHelper_ListsBoth()
    {
        var docx = DocxBuilder.Body(Pt("", "{{> footer}}") + Pt("", "{{shout title}}"));

        var problems = TemplateChecker.Check(docx, "Letter.docx", Shape);

        problems.Select(p => p.Tag).Should().Equal("{{> footer}}", "{{shout title}}");
    }
}
