using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Tests.Control;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>
/// Issue 19: a chart shows the organisation's structure (roles, vacancies, types, reporting lines), never its
/// workload, so the org charts stay byte for byte as they were when only the Tasks register changes.
/// </summary>
public sealed class OrgChartStructureTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    [Fact]
    public void Summary_Sample_ShowsLevelsAndLargestTeamsPerDepartmentAndTheRolesWithMostReports()
    {
        var deck = DeckView.Open(new OrgChartGenerator().Generate(SampleOrganisation.Create(), AsOf).First().Content);

        var summary = deck.Slides[^1];
        var table = summary.Tables.Single().Rows;
        table[0].Should().Equal("Department", "Roles", "Vacant", "Employee", "Outsourced", "Freelancer", "Intern", "Volunteer",
            "Levels", "Largest team");
        // Managing Director > Chief Operating Officer > Technician; the Chief Operating Officer's one report in Operations.
        table.Single(r => r[0] == "Operations").Should().Equal("Operations", "3", "1", "3", "0", "0", "0", "0", "3", "1");
        table.Single(r => r[0] == "Marketing").Should().Equal("Marketing", "3", "0", "1", "0", "1", "1", "0", "2", "2");
        // The Managing Director's five reports: the Chief Operating Officer and the heads of four other departments.
        table[^1][0].Should().Be("Total");
        table[^1].TakeLast(2).Should().Equal("3", "5");
        summary.Shapes.Single(s => s.Name == "Largest teams").Paragraphs[0].Should()
            .StartWith("Most direct reports: Managing Director (5), Chief Operating Officer (2)");
        summary.Shapes.SelectMany(s => s.Paragraphs).Concat(summary.Tables.SelectMany(t => t.Rows.SelectMany(r => r)))
            .Should().NotContain(text => text.Contains("task", StringComparison.OrdinalIgnoreCase), "the deck shows no workload");
    }

    [Fact]
    public void Generate_AnyForest_SummaryFiguresFollowTheReportingLinesAndTasksChangeNoDeck()
    {
        Check.One(OrgChartForestPropertyTests.Seeded(12), Prop.ForAll(RandomForests.Arbitrary, shape =>
        {
            var registers = RandomForests.Build(shape with { Roles = Math.Min(shape.Roles, 150) });
            var random = new Random(shape.Seed);
            var busier = registers with
            {
                Tasks = [.. registers.Tasks, .. Enumerable.Range(1, 1 + random.Next(30)).Select(i =>
                {
                    var role = registers.Roles[random.Next(registers.Roles.Count)];
                    return new TaskItem($"T-{i}", $"Task {i}", role.Department, role.Title, Frequency: "Weekly");
                })],
            };

            var before = new OrgChartGenerator().Generate(registers, AsOf).ToList();
            var after = new OrgChartGenerator().Generate(busier, AsOf).ToList();

            after.Select(d => d.Content).Should().Equal(before.Select(d => d.Content), (a, b) => a.SequenceEqual(b),
                $"{shape}: tasks are no part of a chart");
            var table = DeckView.Open(before[0].Content, validate: false).Slides[^1].Tables.Single().Rows;
            foreach (var department in OrgChartGenerator.DepartmentNames(registers))
            {
                var members = registers.Roles.Where(r => r.Department == department).ToList();
                table.Single(r => r[0] == department).TakeLast(2).Should().Equal([$"{Levels(members)}", $"{LargestTeam(members)}"], $"{shape}: {department}");
            }
            table[^1].TakeLast(2).Should().Equal([$"{Levels(registers.Roles)}", $"{LargestTeam(registers.Roles)}"], $"{shape}: the whole organisation");
        }));
    }

    [Theory]
    [InlineData("en", "Summary shows levels and largest teams instead of task counts")]
    [InlineData("tr", "Özet, görev sayıları yerine kademeleri ve en büyük ekipleri gösteriyor")]
    [InlineData("zh-Hans", "汇总页改为显示层级和最大团队，不再显示任务数")]
    public void OrganisationDeck_RecordedWithTaskFigures_OneVersionSayingSoThenKept(string language, string expected)
    {
        // Every department Internal: the deck shows each one's figures (OrgChartPrivacyTests has the others).
        var sample = SampleOrganisation.Create();
        var registers = sample with
        {
            Settings = new OrganisationSettings("Contoso Ltd", language, "12"),
            Departments = [.. sample.Departments.Select(d => d with { Access = "Internal" })],
        };
        var earlier = Revisions.Run(registers, Revisions.First).Select(WithTaskFigures).ToList();

        var second = Revisions.Run(registers, Revisions.Second, earlier);
        var third = Revisions.Run(registers, new DateOnly(2025, 4, 1), second);

        var organisation = second.Single(d => d.Kind == DocumentKind.OrgChart && d.Department is null).Record!.Control!;
        organisation.Version.Should().Be(2);
        organisation.History[0].Change.Should().Be(expected, "figures that only lost their task count are not listed department by department");
        second.Where(d => d.Department is not null || d.Kind != DocumentKind.OrgChart).Should().OnlyContain(d => d.Record!.Control!.Version == 1);
        third.Zip(second).Should().OnlyContain(p => p.First.Content.SequenceEqual(p.Second.Content), "the next run keeps every document");
    }

    // What an organisation deck's record held while the summary counted tasks: figures with a task count, the
    // busiest roles, and the bytes and model of that deck.
    private static GeneratedDocument WithTaskFigures(GeneratedDocument document)
    {
        if (document.Kind != DocumentKind.OrgChart || document.Department is not null)
        {
            return document;
        }
        var record = document.Record!;
        var facts = record.Facts!.ToDictionary(f => f.Key, f => f.Key.StartsWith("figures:", StringComparison.Ordinal) ? f.Value + ", 4 tasks" : f.Value);
        facts["Tasks per role"] = "Most tasks per role: Technician (5). Roles without tasks: 2.";
        return document with { Record = record with { Facts = facts, ModelHash = new string('a', 64), Sha256 = new string('e', 64) } };
    }

    // The levels of the roles' own chart: a role whose manager is not among them starts a tree.
    private static int Levels(IReadOnlyList<Role> roles)
    {
        var byTitle = roles.ToDictionary(r => r.Title);
        int Depth(Role role) => role.ReportsTo is { } manager && byTitle.TryGetValue(manager, out var above) ? 1 + Depth(above) : 1;
        return roles.Select(Depth).DefaultIfEmpty().Max();
    }

    private static int LargestTeam(IReadOnlyList<Role> roles) =>
        roles.Select(m => roles.Count(r => r.ReportsTo == m.Title)).DefaultIfEmpty().Max();
}
