using System.Text.RegularExpressions;
using OfficeInfra.Documents.Word;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>A Turkish or Chinese organisation gets its documents in its own language: no English the product wrote.</summary>
public partial class LanguageDocumentsTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    public static TheoryData<string> Languages => new() { "tr", "zh-Hans" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Documents_TurkishOrChinese_HoldNoEnglishWordTheProductWrote(string language)
    {
        var registers = SampleOrganisation.Create();
        registers = registers with { Settings = registers.Settings with { Language = language } };
        var documents = new WordDocumentGenerator(TemplateSet.Default()).Generate(registers, AsOf).ToList();
        var english = EnglishVocabulary();
        // The registers' own text (the sample's is English) is the organisation's, not the product's: taken out first.
        var written = RegisterTexts(registers).OrderByDescending(t => t.Length).ToList();

        foreach (var document in documents)
        {
            DocxReader.ValidationErrors(document.Content).Should().BeEmpty(document.Subject);
            var text = DocxReader.AllText(document.Content) + "\n" + DocxReader.HeadersAndFooters(document.Content);
            text = written.Aggregate(text, (t, value) => t.Replace(value, " ", StringComparison.Ordinal));
            var words = Word().Matches(text).Select(m => m.Value)
                // The library's folder names are fixed by SPEC §3 (…/Records/…), whatever the language.
                .Where(w => w != LibraryRecords).Distinct().ToList();
            words.Where(english.Contains).Should().BeEmpty($"{document.Subject} is in {language}");
        }
    }

    [Fact]
    public void Documents_Chinese_WriteDatesAndHeadingsTheChineseWay()
    {
        var registers = SampleOrganisation.Create();
        registers = registers with { Settings = registers.Settings with { Language = "zh-Hans" } };
        var sop = new WordDocumentGenerator(TemplateSet.Default()).Generate(registers, AsOf).First(d => d.Kind == DocumentKind.Sop).Content;

        DocxReader.Paragraphs(sop).Should().Contain("作业步骤").And.Contain("职责分工");
        DocxReader.HeadersAndFooters(sop).Should().Contain("版本 1 · 生效 2026年12月1日");
        DocxReader.Rows(sop).Should().ContainEquivalentOf(new[] { "1", "2026年12月1日", "首次发布" });
    }

    private const string LibraryRecords = "Records";

    [GeneratedRegex(@"\b[A-Za-z]{4,}\b")]
    private static partial Regex Word();

    private static HashSet<string> EnglishVocabulary()
    {
        var english = ProductWords.English;
        var phrases = TemplatePhraseBook.Turkish.Keys
            .Concat(english.RoleTypes.Values).Concat(english.Hours.Values).Concat(english.Frequencies.Values)
            .Concat(english.RoleDocumentTypes.Values)
            .Concat([english.OtherResponsibilities, english.Filled, english.Vacant, english.SopDocumentType,
                english.SopPurpose("X", "Y", "Z"), "First issue", "First controlled version"]);
        return phrases.SelectMany(p => Word().Matches(p).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> RegisterTexts(RegisterSet r) =>
        new[] { r.Organisation }
            .Concat(r.Departments.SelectMany(d => new[] { d.Name, d.Head, d.Description }))
            .Concat(r.Roles.SelectMany(x => new[] { x.Title, x.Department, x.ReportsTo, x.Holder, x.Summary, x.Qualifications, x.Skills, x.Experience, x.Location, x.Grade, x.Contract }))
            .Concat(r.Tasks.SelectMany(t => new[] { t.Task, t.Process, t.CurrentlyDoneBy }.Concat(t.Tools)))
            .Concat(r.Processes.SelectMany(p => new[] { p.Name, p.Owner, p.Trigger?.TrimEnd('.'), p.Outcome?.TrimEnd('.'), p.Kpi, p.Target, p.System }.Concat(p.Tools)))
            .Concat(r.Journey.SelectMany(j => new[] { j.Phase, j.Stage, j.CustomerAction, j.OnStage }))
            .OfType<string>().Select(t => t.Trim()).Where(t => t.Length > 0).Distinct();
}
