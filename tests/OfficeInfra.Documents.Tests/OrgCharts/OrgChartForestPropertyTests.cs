using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using OfficeInfra.Documents.OrgCharts;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>
/// Issue 13: pagination ends for every forest of roles, quickly, and drops no one. Seeded, so a failure replays;
/// <c>OFFICEINFRA_PROPERTY_CASES</c> asks for more cases and <c>OFFICEINFRA_PROPERTY_SEED</c> for another seed.
/// </summary>
public sealed class OrgChartForestPropertyTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    // CPU time on the generating thread, so that other builds on a shared machine cannot fail it: the decks of
    // 500 roles take about 0.2 s. A hang is stopped by the wall-clock guard's cancellation instead.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    internal static Config Seeded(int cases)
    {
        var more = int.TryParse(Environment.GetEnvironmentVariable("OFFICEINFRA_PROPERTY_CASES"), out var n) && n > 0 ? n : cases;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("OFFICEINFRA_PROPERTY_SEED"), out var s) ? s : 20261205UL;
        return Config.QuickThrowOnFailure.WithMaxTest(more)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 1_442_695_040_888_963_407UL), FSharpOption<int>.None)));
    }

    [Fact]
    public void Generate_AnyForest_EndsWithinTheBoundAndShowsEveryRole()
    {
        _ = new OrgChartGenerator().Generate(OrgForests.Partnership(40, 5), AsOf).ToList(); // compiles the code once, outside the bound
        Check.One(Seeded(20), Prop.ForAll(RandomForests.Arbitrary, shape =>
        {
            var registers = RandomForests.Build(shape);
            using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));

            var start = ThreadCpuTime.Now();
            var documents = new OrgChartGenerator().Generate(registers, AsOf, guard.Token).ToList();
            (ThreadCpuTime.Now() - start).Should().BeLessThan(Bound, $"{shape} must generate within the bound");

            var organisation = DeckView.Open(documents[0].Content, validate: false);
            var shown = organisation.Slides.SelectMany(s => s.Roles).Select(r => r.Paragraphs[0]).ToHashSet(StringComparer.Ordinal);
            registers.Roles.Select(r => r.Title).Where(t => !shown.Contains(t)).Should().BeEmpty("every role has a box in the organisation deck");
            foreach (var document in documents.Skip(1))
            {
                var members = registers.Roles.Where(r => r.Department == document.Department).Select(r => r.Title).ToList();
                var deck = DeckView.Open(document.Content, validate: false);
                deck.Slides.SelectMany(s => s.Roles).Select(r => r.Paragraphs[0]).Distinct()
                    .Should().BeEquivalentTo(members, $"{document.Subject}'s deck shows its roles, each on one page besides head copies");
                deck.Slides.Count.Should().BeLessThanOrEqualTo(Math.Max(1, members.Count), "a chart never has more pages than roles");
            }
        }));
    }
}
