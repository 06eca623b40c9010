using System.Diagnostics;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

/// <summary>Timing tests run alone (no other test class in parallel) and keep the best of three runs.</summary>
[CollectionDefinition(nameof(PerformanceTests), DisableParallelization = true)]
public sealed class TimedAlone;

[Collection(nameof(PerformanceTests))]
public class PerformanceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private long BestOfThree(Action action, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        action(); // warm up (JIT)
        var best = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.ElapsedMilliseconds);
        }
        output.WriteLine($"{name}: best of three {best} ms");
        return best;
    }

    [Fact]
    public void Check_SyntheticOrganisationOf24000Tasks_RunsWellUnderASecond()
    {
        var registers = SyntheticOrganisation.Create(roles: 300, tasks: 24_000, processes: 400, departments: 9);
        IReadOnlyList<Finding> findings = [];
        var ms = BestOfThree(() => findings = RegisterRules.Check(registers));
        findings.Should().NotContain(f => f.Severity == Severity.Error);
        findings.Should().NotContain(f => f.Code == FindingCodes.DuplicateTask || f.Code == FindingCodes.SimilarTask);
        ms.Should().BeLessThan(1000);
    }

    [Fact]
    public void Check_24000NearDuplicateTasks_StaysFast()
    {
        var builder = new RegisterSetBuilder().Department("Ops").Role("Boss", "Ops");
        for (var i = 0; i < 24_000; i++)
        {
            builder.Add(new TaskItem("", $"Check the stock levels in the warehouse {i % 50} every morning", "Ops", "Boss"));
        }
        var registers = builder.Build();
        IReadOnlyList<Finding> findings = [];
        var ms = BestOfThree(() => findings = RegisterRules.Check(registers));
        findings.Count(f => f.Code is FindingCodes.DuplicateTask or FindingCodes.SimilarTask).Should().Be(23_999);
        ms.Should().BeLessThan(1000);
    }

    [Fact]
    public void Read_50000TaskWorkbook_IsWellUnderASecond()
    {
        var registers = SyntheticOrganisation.Create(roles: 200, tasks: 50_000, processes: 500);
        using var stream = WorkbookRoundTripTests.Write(registers);
        RegisterSet read = RegisterSet.Empty;
        var ms = BestOfThree(() =>
        {
            stream.Position = 0;
            read = XlsxRegisterReader.Read(stream);
        });
        read.Tasks.Should().HaveCount(50_000);
        read.Tasks[^1].Should().BeEquivalentTo(registers.Tasks[^1]);
        ms.Should().BeLessThan(1000);
    }
}
