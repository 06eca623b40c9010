using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Tests.OrgCharts;
using OfficeInfra.Documents.Tests.Word;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Documents.Tests;

/// <summary>
/// Any valid registers at all give documents Word and PowerPoint open: every job description, SOP and org chart passes
/// the OpenXML validator with no error, and shows its subject (and its tasks) as written. Seeded, so a failure
/// replays; FsCheck shrinks it to a small set of registers (see <see cref="ValidRegisters"/>).
/// </summary>
public sealed class GenerationPropertyTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private static readonly WordDocumentGenerator Word = new(TemplateSet.Default());
    private static readonly OrgChartGenerator Charts = new(new OrgChartOptions { FullDetail = true });

    /// <summary>
    /// A bounded, seeded run for the suite. <c>OFFICEINFRA_PROPERTY_CASES</c> asks for more cases and
    /// <c>OFFICEINFRA_PROPERTY_SEED</c> for another seed, to hunt on demand.
    /// </summary>
    internal static Config Seeded(int cases)
    {
        var more = int.TryParse(Environment.GetEnvironmentVariable("OFFICEINFRA_PROPERTY_CASES"), out var n) && n > 0 ? n : cases;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("OFFICEINFRA_PROPERTY_SEED"), out var s) ? s : 20261201UL;
        return Config.QuickThrowOnFailure.WithMaxTest(more).WithEndSize(30)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 1_442_695_040_888_963_407UL), FSharpOption<int>.None)));
    }

    [Fact]
    public void Generate_AnyValidRegisters_EveryWordDocumentIsValidAndShowsItsSubjectAsWritten() =>
        Check.One(Seeded(40), Prop.ForAll(ValidRegisters.Arbitrary, @case =>
        {
            var registers = @case.Registers;
            RegisterRules.HasErrors(RegisterRules.Check(registers)).Should().BeFalse("the generator makes valid registers only");
            var documents = Word.Generate(registers, AsOf).ToList();
            documents.Should().HaveCount(registers.Roles.Count + registers.Processes.Count);
            foreach (var (document, role) in documents.Take(registers.Roles.Count).Zip(registers.Roles))
            {
                var text = ValidatedText(document.Content);
                Shows(text, WordShows.Text(role.Title.Trim()), "the job description names its role");
                foreach (var task in registers.Tasks.Where(t => Same(t.Role, role.Title)))
                {
                    Shows(text, WordShows.Text(task.Task.Trim()), "the job description lists every task of its role");
                }
            }
            foreach (var (document, process) in documents.Skip(registers.Roles.Count).Zip(registers.Processes))
            {
                var text = ValidatedText(document.Content);
                Shows(text, WordShows.Text(process.Name.Trim()), "the SOP names its process");
                foreach (var task in registers.Tasks.Where(t => Same(t.Process, process.Name)))
                {
                    Shows(text, WordShows.Text(task.Task.Trim()), "the SOP lists every step of its process");
                }
            }
        }));

    [Fact]
    public void Generate_AnyValidRegisters_EveryOrgChartIsValidAndShowsEveryRoleAsWritten() =>
        Check.One(Seeded(25), Prop.ForAll(ValidRegisters.Arbitrary, @case =>
        {
            var registers = @case.Registers;
            var decks = Charts.Generate(registers, AsOf).ToList();
            var views = decks.Select(d => (d, View: DeckView.Open(d.Content))).ToList();
            foreach (var (deck, view) in views)
            {
                view.ValidationErrors.Should().BeEmpty($"the deck of '{deck.Subject}' must be valid");
            }
            var organisation = views[0].View.Slides.SelectMany(s => s.Shapes).SelectMany(s => s.Paragraphs).ToHashSet(StringComparer.Ordinal);
            foreach (var role in registers.Roles)
            {
                if (AsSlideShowsIt(role.Title.Trim()) is { Length: > 0 } shown)
                {
                    organisation.Should().Contain(shown, "every role has a box on the organisation chart, titled as written");
                }
            }
            foreach (var (deck, view) in views.Skip(1))
            {
                Shows(view.Slides[0].Title, AsSlideShowsIt(deck.Subject), "a department deck is titled with its department");
            }
        }));

    /// <summary>The document's text holds <paramref name="expected"/> (nothing to look for when all of it was unprintable).</summary>
    private static void Shows(string text, string expected, string because)
    {
        if (expected.Length > 0)
        {
            text.Should().Contain(expected, because);
        }
    }

    /// <summary>The text a person reads in a Word document (body, headers, footers), once it passes the validator.</summary>
    private static string ValidatedText(byte[] docx)
    {
        DocxReader.ValidationErrors(docx).Should().BeEmpty();
        return DocxReader.AllText(docx) + "\n" + DocxReader.HeadersAndFooters(docx);
    }

    private static bool Same(string? reference, string name) =>
        string.Equals(reference?.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>On a slide, characters XML cannot hold are dropped, tabs stay, and each line break (CR LF, CR or LF) is one
    /// line break.</summary>
    private static string AsSlideShowsIt(string value) =>
        Printable(value).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string Printable(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (c is '\t' or '\r' or '\n' || (c >= ' ' && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF'))
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
