using OfficeInfra.Documents.OrgCharts;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>Issue 13: organisations with several top roles used to paginate forever.</summary>
public class OrgChartForestTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    [Theory]
    [InlineData(40, 5)]
    [InlineData(80, 5)]
    [InlineData(20, 5)]
    public void Generate_SeveralTopRolesEachHeadingADepartment_CompletesQuicklyWithEveryRole(int roles, int departments)
    {
        var registers = OrgForests.Partnership(roles, departments);
        _ = new OrgChartGenerator().Generate(OrgForests.Partnership(10, 2), AsOf).ToList(); // compiles the code outside the bound
        using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var start = ThreadCpuTime.Now();
        var documents = new OrgChartGenerator().Generate(registers, AsOf, hang.Token).ToList();
        (ThreadCpuTime.Now() - start).Should().BeLessThan(TimeSpan.FromSeconds(2), "issue 13: these decks took forever; CPU time, so a busy machine cannot fail it");

        documents.Should().HaveCount(1 + departments);
        var organisation = DeckView.Open(documents[0].Content);
        organisation.ValidationErrors.Should().BeEmpty();
        organisation.Slides.SelectMany(s => s.Roles).Select(r => r.Paragraphs[0]).Should().Contain(registers.Roles.Select(r => r.Title));
    }

    [Fact]
    public void Generate_CancelledToken_StopsWithOperationCanceled()
    {
        var registers = OrgForests.Partnership(500, 5);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var act = () => new OrgChartGenerator().Generate(registers, AsOf, cancelled.Token).ToList();

        act.Should().Throw<OperationCanceledException>();
    }
}
