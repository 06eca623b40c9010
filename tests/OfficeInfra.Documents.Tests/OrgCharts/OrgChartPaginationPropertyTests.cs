using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Documents.OrgCharts;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>
/// Issue 15: however an organisation is shaped (wide teams, deep chains, many top roles, reports across departments),
/// pagination keeps every box on its slide and every "continued" box's count true, and slides follow reading order.
/// </summary>
public sealed class OrgChartPaginationPropertyTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    [Fact]
    public void Generate_AnyForest_KeepsEveryBoxOnItsSlideEveryCountTrueAndReadingOrder()
    {
        Check.One(OrgChartForestPropertyTests.Seeded(12), Prop.ForAll(RandomForests.Arbitrary, shape =>
        {
            foreach (var document in new OrgChartGenerator().Generate(RandomForests.Build(shape), AsOf))
            {
                var deck = DeckView.Open(document.Content, validate: false);
                var where = $"{document.Subject} ({shape})";
                DeckChecks.EverythingOnTheSlide(deck, where);
                DeckChecks.PlaceholderCountsAddUp(deck, where);
                DeckChecks.SlidesInReadingOrder(deck, where);
            }
        }));
    }
}
