using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeInfra.Documents.Word.Templating;
using static OfficeInfra.Documents.Tests.Word.WordXml;

namespace OfficeInfra.Documents.Tests.Word;

public class TemplateEngineTests
{
    private static readonly TemplateShape Shape = TemplateShape.RecordOf(
        ("title", TemplateShape.Text), ("note", TemplateShape.Text), ("flag", TemplateShape.Flag), ("asOf", TemplateShape.Text),
        ("tools", TemplateShape.ListOf(TemplateShape.Text)),
        ("items", TemplateShape.ListOf(TemplateShape.RecordOf(
            ("name", TemplateShape.Text), ("tags", TemplateShape.ListOf(TemplateShape.Text)),
            ("subs", TemplateShape.ListOf(TemplateShape.RecordOf(("label", TemplateShape.Text))))))));

    private static Dictionary<string, object?> Model(string title = "Hello", params (string Name, string[] Subs)[] items) => new()
    {
        ["title"] = title,
        ["note"] = "",
        ["flag"] = true,
        ["asOf"] = "2026-12-01",
        ["tools"] = new object?[] { "Saw", "Drill" },
        ["items"] = items.Select(i => (object?)new Dictionary<string, object?>
        {
            ["name"] = i.Name,
            ["tags"] = new object?[] { "x", "y" },
            ["subs"] = i.Subs.Select(s => (object?)new Dictionary<string, object?> { ["label"] = s }).ToArray(),
        }).ToArray(),
    };

    private static byte[] Render(string body, object model)
    {
        var docx = DocxTemplate.Compile(DocxBuilder.Body(body), "Test.docx", Shape).Render(model);
        DocxReader.ValidationErrors(docx).Should().BeEmpty();
        return docx;
    }

    [Fact]
    public void Render_TagSplitAcrossRunsByProofingBookmarksAndRsids_PrintsTheValueWithTheFirstRunsFormatting()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Title: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{</w:t></w:r>" +
            "<w:proofErr w:type=\"spellStart\"/><w:r w:rsidR=\"00A1B2C3\"><w:rPr><w:i/></w:rPr><w:t>{ti</w:t></w:r>" +
            "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/><w:proofErr w:type=\"spellEnd\"/>" +
            "<w:r w:rsidR=\"00B2C3D4\"><w:t>tle}</w:t></w:r><w:r><w:t xml:space=\"preserve\">} end</w:t></w:r></w:p>";

        var docx = Render(body, Model("Hello"));

        DocxReader.Paragraphs(docx).Should().Equal("Title: Hello end");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var run = document.MainDocumentPart!.Document.Body!.Descendants<Run>().Single(r => r.InnerText.Contains("Hello", StringComparison.Ordinal));
        run.RunProperties?.Bold.Should().NotBeNull("the tag keeps the formatting of the run it starts in");
        run.RunProperties?.Italic.Should().BeNull();
    }

    [Fact]
    public void Render_HelperWithCurlyQuotesFromAutoCorrect_FormatsTheDate()
    {
        var docx = Render(P("", R("As of {{formatDate asOf \u201Cd MMMM yyyy\u201D}}")), Model());

        DocxReader.Paragraphs(docx).Should().Equal("As of 1 December 2026");
    }

    [Fact]
    public void Render_BlockTagsAloneInParagraphs_RepeatTheParagraphsWithoutBlankLines()
    {
        var body = Pt("", "Before") + Pt("", "{{#each items}}") + Pt("", "Item {{name}}") + Pt("", "{{/each}}") +
            Pt("", "{{#if flag}}") + Pt("", "Flag is on") + Pt("", "{{else}}") + Pt("", "Flag is off") + Pt("", "{{/if}}") + Pt("", "After");

        var docx = Render(body, Model("t", ("A", []), ("B", [])));

        DocxReader.Paragraphs(docx).Should().Equal("Before", "Item A", "Item B", "Flag is on", "After");
    }

    [Fact]
    public void Render_BlockTagsSplitAcrossRunsAloneInParagraphs_StillRepeatTheParagraphs()
    {
        var body = "<w:p><w:r><w:t>{{#</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/></w:rPr><w:t>each ite</w:t></w:r>" +
            "<w:proofErr w:type=\"spellEnd\"/><w:r><w:t>ms}}</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t>-</w:t></w:r><w:r><w:t xml:space=\"preserve\"> {{name}}</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t>{{/</w:t></w:r><w:r><w:t>each}}</w:t></w:r></w:p>";

        var docx = Render(body, Model("t", (" A ", []), ("B", [])));

        DocxReader.Paragraphs(docx).Should().Equal("-  A ", "- B");
    }

    [Fact]
    public void Render_BlockInsideATableRow_RepeatsTheRow()
    {
        int[] widths = [3000, 3000];
        var body = Table(widths, HeaderRow(widths, "Name", "Tags"),
            BodyRow(widths, R("{{#each items}}{{name}}"), R("{{join tags \" / \"}}{{/each}}"))) + Pt("", "End");

        var docx = Render(body, Model("t", ("A", []), ("B & C", [])));

        DocxReader.Rows(docx).Should().BeEquivalentTo(
            [new[] { "Name", "Tags" }, ["A", "x / y"], ["B & C", "x / y"]], o => o.WithStrictOrdering());
    }

    [Fact]
    public void Render_BlockTagsInRowsOfTheirOwn_RepeatTheRowsBetweenAndLeaveNoEmptyRows()
    {
        int[] widths = [6000];
        var body = Table(widths, HeaderRow(widths, "Name"), BodyRow(widths, R("{{#each items}}")),
            BodyRow(widths, R("{{name}}")), BodyRow(widths, R("{{/each}}"))) + Pt("", "End");

        var docx = Render(body, Model("t", ("A", []), ("B", [])));

        DocxReader.Rows(docx).Select(r => r[0]).Should().Equal("Name", "A", "B");
    }

    [Fact]
    public void Render_TableWhoseOnlyRowLoopsOverAnEmptyList_StaysAValidTableWithOneEmptyRow()
    {
        int[] widths = [3000, 3000];
        var body = Table(widths, BodyRow(widths, R("{{#each items}}{{name}}"), R("{{join tags}}{{/each}}"))) + Pt("", "End");

        var docx = Render(body, Model("t"));

        DocxReader.Rows(docx).Should().BeEquivalentTo([new[] { "", "" }]);
    }

    [Fact]
    public void Render_BlockOfParagraphsClosingAtTheEndOfATableCell_RepeatsThemAndKeepsTheCellValid()
    {
        // Found by TemplateFuzzTests: the cell was looked up again after the closing paragraph had left it (a crash).
        int[] widths = [6000];
        var cell = Pt("TableText", "Items:") + Pt("TableText", "{{#each items}}") + Pt("TableText", "- {{name}}") + Pt("TableText", "{{/each}}");
        var body = Table(widths, Row(Cell(widths[0], cell))) + Pt("", "End");

        var docx = Render(body, Model("t", ("A", []), ("B", [])));
        var empty = Render(body, Model("t"));

        DocxReader.Rows(docx).Should().BeEquivalentTo([new[] { "Items:\n- A\n- B\n" }]);
        DocxReader.Rows(empty).Should().BeEquivalentTo([new[] { "Items:\n" }]);
    }

    [Fact]
    public void Render_BookmarksInsideALoop_AreLeftOutSoThatIdsStayUnique()
    {
        // Found by TemplateFuzzTests (SOP.docx mutation 881): Word saves a _GoBack bookmark where the cursor was last;
        // inside a repeated row, every copy carried the same id and the document failed validation.
        int[] widths = [3000, 3000];
        var body = Pt("", "Top") + "<w:bookmarkStart w:id=\"1\" w:name=\"Top\"/><w:bookmarkEnd w:id=\"1\"/>" +
            Table(widths, HeaderRow(widths, "Name", "Tags"), BodyRow(widths,
                "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/>" + R("{{#each items}}{{name}}") + "<w:bookmarkEnd w:id=\"0\"/>",
                R("{{join tags}}{{/each}}")));

        var docx = Render(body, Model("t", ("A", []), ("B", [])));

        DocxReader.Rows(docx).Should().HaveCount(3);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        document.MainDocumentPart!.Document.Body!.Descendants<BookmarkStart>().Select(b => b.Name!.Value).Should().Equal("Top");
    }

    [Fact]
    public void Render_NestedBlocks_RepeatParagraphsRowsAndConditions()
    {
        int[] widths = [3000, 3000];
        var body = Pt("", "{{#each items}}") + Pt("Heading2", "{{name}}") +
            Table(widths, HeaderRow(widths, "Label", "Of"), BodyRow(widths, R("{{#each subs}}{{label}}"), R("of {{../name}}{{/each}}"))) +
            Pt("", "{{#if subs}}") + Pt("", "{{name}} has parts") + Pt("", "{{/if}}") + Pt("", "{{/each}}") + Pt("", "End");

        var docx = Render(body, Model("t", ("A", ["a1", "a2"]), ("B", [])));

        DocxReader.Paragraphs(docx).Should().Equal("A", "Label", "Of", "a1", "of A", "a2", "of A", "A has parts", "B", "Label", "Of", "End");
    }

    [Theory]
    [InlineData("Tom & Jerry <b> \"quoted\" 'single'")]
    [InlineData("{{title}} and {{#each items}}x{{/each}}")]
    [InlineData("=SUM(A1) &amp; ]]> </w:t>")]
    [InlineData("Ayşe Yılmaz İstanbul · 张伟 财务部 · 🚀💾")]
    public void Render_HostileOrUnicodeValue_PrintsItLiterally(string value)
    {
        var docx = Render(P("", R("Name: {{title}}")) + Pt("", "{{#each items}}") + Pt("", "{{name}}") + Pt("", "{{/each}}"),
            Model(value, (value, [])));

        DocxReader.Paragraphs(docx).Should().Equal("Name: " + value, value);
    }

    [Theory]
    [InlineData("{{#if (eq title \"HELLO\")}}same{{else}}different{{/if}}", "same")]
    [InlineData("{{#unless (eq title \"Bye\")}}not bye{{/unless}}", "not bye")]
    [InlineData("{{join tools}} / {{join tools \" + \"}}", "Saw, Drill / Saw + Drill")]
    [InlineData("{{formatDate asOf}} / {{formatDate asOf \"yyyy-MM-dd\"}} / {{formatDate asOf \"dddd d MMM\"}}", "1 December 2026 / 2026-12-01 / Tuesday 1 Dec")]
    [InlineData("{{#each tools}}{{@index}}:{{this}} {{/each}}", "0:Saw 1:Drill ")]
    public void Render_Helpers_GiveTheExpectedText(string paragraph, string expected)
    {
        var docx = Render(Pt("", paragraph), Model("Hello"));

        DocxReader.Paragraphs(docx).Should().Equal(expected);
    }

    [Fact]
    public void Render_DatePatternFromTheDataThatCannotBeUsed_GivesTheDefaultPattern()
    {
        // Found by TemplateFuzzTests (SOP.docx mutation 1215, seed 8): a pattern with an unmatched quote threw
        // FormatException while rendering, for every document. A literal one is now a template error; one from the
        // data falls back to the default.
        var docx = Render(Pt("", "As of {{formatDate asOf title}}"), Model("d MMMM yyyy's"));

        DocxReader.Paragraphs(docx).Should().Equal("As of 1 December 2026");
    }

    [Fact]
    public void Render_ValueWithLineBreaksAndTabs_BecomesWordBreaks()
    {
        var docx = Render(P("", R("{{title}}", "<w:b/>")), Model("First line\nSecond line\r\nThird\tcolumn"));

        DocxReader.Paragraphs(docx).Should().Equal("First line\nSecond line\nThird\tcolumn");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        document.MainDocumentPart!.Document.Body!.Descendants<Break>().Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Order system、Order checklist", "Order system、\u200BOrder checklist")]
    [InlineData("第1、6步", "第1、\u200B6步")]
    [InlineData("Kasa（POS）Excel，ERP。Slack", "Kasa（POS）\u200BExcel，\u200BERP。\u200BSlack")]
    [InlineData("销售部、客服部和Finance", "销售部、客服部和Finance")]
    [InlineData("A, B; C", "A, B; C")]
    public void Render_EastAsianPunctuationBeforeALatinWord_LeavesABreakOpportunityAfterIt(string value, string written)
    {
        // LibreOffice gives no line break between "、" and a Latin word, so a narrow table cell broke "syste|m、Order".
        var docx = Render(P("", R("{{title}}")), Model(value));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        string.Concat(document.MainDocumentPart!.Document.Body!.Descendants<Text>().Select(t => t.Text)).Should().Be(written);
        DocxReader.Paragraphs(docx).Should().Equal(value);
    }

    [Fact]
    public void Render_SameModelTwice_GivesByteIdenticalFiles()
    {
        var template = DocxTemplate.Compile(DocxBuilder.Body(Pt("", "{{title}}")), "Test.docx", Shape);

        template.Render(Model("Same")).Should().Equal(template.Render(Model("Same")));
    }

    [Theory]
    [InlineData("{{titel}}", "{{titel}}")]
    [InlineData("{{#each items}}{{nam}}{{/each}}", "{{nam}}")]
    [InlineData("{{#each items}}{{name}}", "{{#each items}}")]
    [InlineData("{{name}}{{/each}}", "{{/each}}")]
    [InlineData("{{#each items}}{{/if}}", "{{/if}}")]
    [InlineData("{{upper title}}", "{{upper title}}")]
    [InlineData("{{#repeat items}}{{/repeat}}", "{{#repeat items}}")]
    [InlineData("{{{title}}}", "{{{title}}}")]
    public void Compile_BrokenTag_ThrowsInvalidTemplateNamingTheTagAndParagraph(string paragraph, string tag)
    {
        var docx = DocxBuilder.Body(Pt("", "Intro") + Pt("", "Text " + paragraph));

        var act = () => DocxTemplate.Compile(docx, "Test.docx", Shape);

        var error = act.Should().Throw<OfficeInfraException>().Which;
        error.Kind.Should().Be(ErrorKind.InvalidTemplate);
        error.Message.Should().Contain(tag).And.Contain("Text " + paragraph).And.Contain("Test.docx");
    }

    [Fact]
    public void Check_TemplateWithProblems_ListsEachWithItsParagraph()
    {
        var docx = DocxBuilder.Body(Pt("", "Dear {{nme}},") + Pt("", "{{#each items}}") + Pt("", "{{name}}"));

        var problems = TemplateChecker.Check(docx, "Letter.docx", Shape);

        problems.Select(p => (p.Tag, p.Paragraph)).Should().BeEquivalentTo(new[] { ("{{nme}}", "Dear {{nme}},"), ("{{#each items}}", "{{#each items}}") });
    }

    [Fact]
    public void Compile_NotADocx_ThrowsInvalidTemplate()
    {
        var act = () => DocxTemplate.Compile([1, 2, 3], "Broken.docx", Shape);

        act.Should().Throw<OfficeInfraException>().Which.Kind.Should().Be(ErrorKind.InvalidTemplate);
    }
}
