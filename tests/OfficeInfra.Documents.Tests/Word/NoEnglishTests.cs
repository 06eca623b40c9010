using System.Text.RegularExpressions;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Delegation;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Documents.Tests.Control;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// A Turkish or Chinese organisation whose registers hold no English gets no English from the product: every
/// document of every kind (a job description of each role type, SOPs, org charts, the delegation report, the
/// blueprint, the systems map), their revision histories after a second run, and the findings. The English is read
/// from the product's own English words tables (<see cref="EnglishVocabulary"/>), so a string added there and left
/// untranslated fails here.
/// </summary>
public partial class NoEnglishTests
{
    public static TheoryData<string> Languages => new() { "tr", "zh-Hans" };

    // Fixed by SPEC §3 whatever the language (the library's Records folder in an SOP's filing line); and KPI, the
    // abbreviation Turkish and Chinese quality documents use as it is.
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal) { "Records", "KPI" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryDocumentAndFinding_OrganisationInItsOwnLanguage_HoldsNoEnglishWordTheProductWrote(string language)
    {
        var before = NativeOrganisation.Create(language);
        var after = Changed(before);

        var first = Run(before, Revisions.First, null);
        var second = Run(after, Revisions.Second, first);
        var findings = RegisterRules.Check(after);

        second.Select(d => d.Kind).Should().Contain([DocumentKind.JobDescription, DocumentKind.Sop, DocumentKind.OrgChart])
            .And.HaveCountGreaterThan(40);
        after.Roles.Select(r => r.RoleType).Distinct().Should().HaveCount(5, "each role type's document is looked at");
        findings.Should().NotBeEmpty();
        var theirs = TextsOf(after).Concat(TextsOf(before)).Distinct().OrderByDescending(t => t.Length).ToList();
        var leaks = new List<string>();
        foreach (var document in second)
        {
            leaks.AddRange(English(PackageText.Of(document.Content), theirs).Select(w => $"{document.Kind} {document.Subject}: {w}"));
        }
        leaks.AddRange(English(findings.Select(f => f.Message), theirs).Select(w => $"finding: {w}"));

        second.Where(d => d.Record?.Control?.Version == 2).Should().NotBeEmpty("the second run writes history rows");
        string.Join("\n", leaks.Distinct()).Should().BeEmpty($"the {language} organisation's documents are in {language}");
    }

    [Fact]
    public void Vocabulary_ReadFromTheWordsTables_HoldsTheirEnglish()
    {
        // Words from each table: the template phrases, product words, history rows, charts, blueprint, systems map,
        // delegation report and findings.
        EnglishVocabulary.Words.Should().Contain(["Responsibilities", "Freelancer", "reworded", "vacant", "Contents", "visibility",
            "Silos", "Delegations", "circle"]);
    }

    private static IReadOnlyList<GeneratedDocument> Run(RegisterSet registers, DateOnly asOf, IEnumerable<GeneratedDocument>? previous)
    {
        IDocumentSource[] sources =
        [
            new WordDocumentGenerator(TemplateSet.Default()), new OrgChartGenerator(), new ServiceBlueprintGenerator(),
            new BusinessSystemsGenerator(), new DelegationReportGenerator(),
        ];
        var book = new ControlBook(asOf, previous?.Select(d => d.Record!), null, sources.SelectMany(s => s.Keys(registers)));
        return [.. sources.SelectMany(s => s.Generate(registers, book))];
    }

    /// <summary>A task added, one reworded and moved to another role, a role falling vacant, a tool and a KPI target
    /// changed, a stage renamed: every kind of history row.</summary>
    private static RegisterSet Changed(RegisterSet r) => r with
    {
        Tasks = [.. r.Tasks.Select((t, i) => i switch
        {
            0 => t with { Task = t.Task + " 2", Frequency = "Weekly", Tools = [.. t.Tools, r.Processes[1].Name] },
            1 => t with { Role = r.Roles[0].Title },
            _ => t,
        }), r.Tasks[0] with { Id = "T9999", Task = r.Tasks[0].Task + " 3", Row = r.Tasks.Count + 2, Step = "99" }],
        Roles = [.. r.Roles.Select((x, i) => i == 2 ? x with { Status = "Vacant", Holder = null } : i == 7 ? x with { ReportsTo = r.Roles[0].Title } : x)],
        Processes = [.. r.Processes.Select((p, i) => i == 0 ? p with { Target = "98%" } : p)],
        Journey = [.. r.Journey.Select((s, i) => i == 1 ? s with { Stage = s.Stage + " 2" } : s)],
    };

    private static IEnumerable<string> English(IEnumerable<string> texts, IReadOnlyList<string> theirs) =>
        texts.Select(t => theirs.Aggregate(DocumentId().Replace(t, " "), (text, name) => text.Replace(name, " ", StringComparison.Ordinal)))
            .SelectMany(t => EnglishVocabulary.LatinWord().Matches(t).Select(m => m.Value))
            .Where(w => EnglishVocabulary.Words.Contains(w) && !Allowed.Contains(w));

    // Document IDs (SOP-0012, JD-0007) are codes SPEC §3a fixes, the same in every language.
    [GeneratedRegex(@"\b[A-Z]{2,4}-\d{4,}\b")]
    private static partial Regex DocumentId();

    private static IEnumerable<string> TextsOf(RegisterSet r) =>
        new[] { r.Organisation }
            .Concat(r.Departments.SelectMany(d => new[] { d.Name, d.Head, d.Description, d.ApprovedBy }))
            .Concat(r.Roles.SelectMany(x => new[] { x.Title, x.ReportsTo, x.Holder, x.Summary, x.Qualifications, x.Skills, x.Experience, x.Location, x.Grade, x.Contract }))
            .Concat(r.Tasks.SelectMany(t => new[] { t.Task, t.Process, t.CurrentlyDoneBy }.Concat(t.Tools)))
            .Concat(r.Processes.SelectMany(p => new[] { p.Name, p.Owner, p.Trigger, p.Outcome, p.Kpi, p.Target, p.System, p.ApprovedBy }.Concat(p.Tools)))
            .Concat(r.Journey.SelectMany(j => new[] { j.Phase, j.Stage, j.CustomerAction, j.OnStage, j.PainPoint, j.Kpi }.Concat(j.FrontStage)))
            .OfType<string>().Select(t => t.Trim()).Where(t => t.Length > 0);
}
