using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Documents.Tests.Control;

/// <summary>
/// Issue 19: a document's history says in words what its reader sees change. One edit anywhere in a random
/// organisation's registers (<see cref="RegisterEdits"/>), in any of the three languages: every job description, SOP
/// and org-chart deck whose bytes changed has a new version whose row is not "Layout updated" (no template changed),
/// and every other one keeps its version. <c>OFFICEINFRA_PROPERTY_CASES</c> hunts with more cases.
/// </summary>
public sealed class HistoryPropertyTests
{
    private static readonly string[] Languages = ["en", "tr", "zh-Hans"];

    private static readonly Arbitrary<Edit> Edits = Arb.From(
        from @case in ValidRegisters.Arbitrary.Generator
        from which in Gen.Choose(0, RegisterEdits.All.Count - 1)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from language in Gen.Elements(Languages)
        select new Edit(@case, which, seed, language),
        edit => ValidRegisters.Arbitrary.Shrinker(edit.Case).Select(c => edit with { Case = c }));

    [Fact]
    public void Revise_OneEditAnywhere_EveryChangedDocumentSaysWhatChangedAndNoOtherGetsAVersion() =>
        Check.One(GenerationPropertyTests.Seeded(40), Prop.ForAll(Edits, edit =>
        {
            var after = edit.After;
            if (after is null || RegisterRules.HasErrors(RegisterRules.Check(after)))
            {
                return;
            }
            var first = Revisions.Run(edit.Before, Revisions.First);
            var second = Revisions.Run(after, Revisions.Second, first);

            var earlier = first.DistinctBy(Key).ToDictionary(Key);
            var layout = ChangeWords.For(after.Settings.DocumentLanguage).LayoutUpdated;
            foreach (var document in second.DistinctBy(Key))
            {
                if (!earlier.TryGetValue(Key(document), out var old))
                {
                    continue;
                }
                var (was, now) = (old.Record!.Control!, document.Record!.Control!);
                if (document.Content.AsSpan().SequenceEqual(old.Content))
                {
                    now.Version.Should().Be(was.Version, $"{document.Kind} '{document.Subject}' reads the same after '{edit.Name}'");
                    continue;
                }
                now.Version.Should().Be(was.Version + 1);
                now.History[0].Change.Should().NotBeNullOrWhiteSpace().And.NotBe(layout,
                    $"{document.Kind} '{document.Subject}' changed after '{edit.Name}': its history must say what changed");
            }
        }));

    private static (DocumentKind, string) Key(GeneratedDocument document) => (document.Kind, document.Record!.Key.ToUpperInvariant());

    /// <summary>A case: registers, the one edit made to them and the language; prints all three, so a failure replays.</summary>
    internal sealed record Edit(ValidRegisters.Case Case, int Which, int Seed, string Language)
    {
        public RegisterSet Before => Case.Registers with { Settings = Case.Registers.Settings with { Language = Language } };

        public string Name => RegisterEdits.All[Which].Name;

        public RegisterSet? After => RegisterEdits.All[Which].Apply(Before, new Random(Seed));

        public override string ToString() => $"{Name} (seed {Seed}, {Language})\n{Case}";
    }
}
