using DocumentFormat.OpenXml.Packaging;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Tests.OrgCharts;
using OfficeInfra.Documents.Tests.Word;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Control;

/// <summary>What a document controller reads in every document: the control block, the history and the Office properties.</summary>
public sealed class ControlledDocumentTests
{
    private static readonly Registers.Model.RegisterSet Organisation = SyntheticOrganisation.Create(roles: 36, tasks: 120, processes: 12);
    private static readonly IReadOnlyList<GeneratedDocument> Library = Revisions.Run(Organisation, Revisions.First);

    [Fact]
    public void Generate_EveryDocument_PassesOpenXmlValidatorAndCarriesItsProperties()
    {
        foreach (var document in Library)
        {
            var control = document.Record!.Control!;
            var (core, custom) = document.Kind == DocumentKind.OrgChart ? Deck(document) : Word(document);
            core.Title.Should().NotBeNullOrEmpty().And.Contain(document.Kind == DocumentKind.OrgChart ? "organisation chart" : document.Subject);
            core.Category.Should().Be(document.Department?.Display ?? document.Subject);
            core.Subject.Should().Be(document.Kind switch
            {
                // Each role type has its own document: job description, internship, volunteer role, service scope.
                DocumentKind.JobDescription => Wording.ProductWords.English.RoleDocumentTypes[
                    Organisation.Roles.Single(r => r.Title.Trim() == document.Subject).RoleType],
                DocumentKind.Sop => "Standard operating procedure",
                _ => "Organisation chart",
            });
            custom.Should().Contain("DocumentId", control.Id).And.Contain("Version", "1")
                .And.Contain("EffectiveDate", "2025-01-31T00:00:00Z").And.Contain("ReviewDate", "2026-01-31T00:00:00Z")
                .And.Contain("Owner", control.Owner);
        }
    }

    [Fact]
    public void JobDescription_FirstPage_HasControlBlockUnderTheTitleAndHistoryAtTheEnd()
    {
        var jd = Library.First(d => d.Kind == DocumentKind.JobDescription);
        var rows = DocxReader.Rows(jd.Content);

        rows[0].Should().Equal("Document ID", jd.Record!.Control!.Id, "Version", "1", "Effective", "31 January 2025");
        rows[1][0].Should().Be("Owner");
        rows[1][2..].Should().Equal("Next review", "31 January 2026", "Approved by", "________________");
        rows[^2].Should().Equal("Version", "Effective", "What changed");
        rows[^1].Should().Equal("1", "31 January 2025", ControlBook.FirstIssue);
        DocxReader.HeadersAndFooters(jd.Content).Should().Contain(jd.Record.Control.Id).And.Contain("Version 1 · effective 31 January 2025");
    }

    [Fact]
    public void Sop_History_ListsNewestFirstAndAtMostTwentyRows()
    {
        var registers = SyntheticOrganisation.Create(roles: 12, tasks: 30, processes: 3);
        var process = registers.Processes[0];
        var previous = Revisions.Run(registers, Revisions.First);
        for (var i = 1; i <= 22; i++)
        {
            var changed = registers with { Processes = [process with { Target = $"{i}%" }, .. registers.Processes.Skip(1)] };
            previous = Revisions.Run(changed, Revisions.First.AddDays(i), previous);
        }
        var sop = previous.Single(d => d.Kind == DocumentKind.Sop && d.Subject == process.Name.Trim());

        sop.Record!.Control!.Version.Should().Be(23);
        sop.Record.Control.History.Should().HaveCount(23, "the records keep every version");
        var rows = DocxReader.Rows(sop.Content);
        var history = rows.SkipWhile(r => r[0] != "Version").Skip(1).ToList();
        history.Should().HaveCount(DocumentControl.PrintedHistory);
        history[0].Should().Equal("23", "22 February 2025", "KPI target changed from 21% to 22%");
        history[^1][0].Should().Be("4");
    }

    [Fact]
    public void OrgChart_TitleSlide_CarriesTheControlBlock()
    {
        var deck = Library.First(d => d.Kind == DocumentKind.OrgChart && d.Department is null);
        var view = DeckView.Open(deck.Content);

        var block = view.Slides[0].Tables.Single(t => t.Name == "Document control");
        block.Rows[0].Should().Equal("Document ID", "ORG-0001", "Effective", "31 January 2025");
        block.Rows[1].Should().Equal("Version", "1", "Next review", "31 January 2026");
        block.Rows[2][0].Should().Be("Owner");
        block.Rows[2].Skip(2).Should().Equal("Approved by", "____________________   Date: ____________");
        view.Slides[0].Tables.Single(t => t.Name == "Revision history").Rows.Should()
            .BeEquivalentTo(new[] { new[] { "Version", "Effective", "What changed" }, ["1", "31 January 2025", "First issue"] }, o => o.WithStrictOrdering());
        view.Slides[0].Tables.SelectMany(t => t.RunSizes).Should().OnlyContain(size => size >= 900, "the control block reads at 9 pt or more");
    }

    private static (CoreProperties Core, Dictionary<string, string> Custom) Word(GeneratedDocument document)
    {
        DocxReader.ValidationErrors(document.Content).Should().BeEmpty(document.Subject);
        using var package = WordprocessingDocument.Open(new MemoryStream(document.Content), false);
        return (Core(document.Content), Custom(package.CustomFilePropertiesPart));
    }

    private static (CoreProperties Core, Dictionary<string, string> Custom) Deck(GeneratedDocument document)
    {
        DeckView.Open(document.Content).ValidationErrors.Should().BeEmpty(document.Subject);
        using var package = PresentationDocument.Open(new MemoryStream(document.Content), false);
        return (Core(document.Content), Custom(package.CustomFilePropertiesPart));
    }

    private static Dictionary<string, string> Custom(CustomFilePropertiesPart? part) =>
        part!.Properties.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);

    // The SDK's package properties are marked experimental; the part is small enough to read as XML.
    private static CoreProperties Core(byte[] package)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        using var stream = zip.GetEntry("docProps/core.xml")!.Open();
        var xml = System.Xml.Linq.XDocument.Load(stream);
        string? Value(string name) => xml.Root!.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        return new CoreProperties(Value("title"), Value("subject"), Value("category"));
    }

    private sealed record CoreProperties(string? Title, string? Subject, string? Category);
}
