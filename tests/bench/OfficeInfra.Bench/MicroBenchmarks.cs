using BenchmarkDotNet.Attributes;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Testing;

namespace OfficeInfra.Bench;

/// <summary>
/// BenchmarkDotNet micro-figures (time and allocation) for the three hot pieces the whole-run figures are made of:
/// rendering one job description, one 500-role organisation deck, and checking a 2,000-role register set.
/// Run with <c>bash tests/bench/run.sh micro</c>.
/// </summary>
[MemoryDiagnoser]
public class MicroBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private EngineContender _engine = null!;
    private PeerRole _role = null!;
    private CheckedRegisters _chartOrganisation = null!;
    private RegisterSet _largeOrganisation = null!;
    private readonly OrgChartGenerator _charts = new();

    /// <summary>Compiles the template and builds the data once, outside the measurements.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = new EngineContender(PeerTemplate.Build(TemplateDialect.Handlebars));
        _role = PeerRole.Generate(1, tasksPerRole: 12)[0];
        _chartOrganisation = RegisterRules.Checked(SyntheticOrganisation.Create(500, 2000, 50, departments: 9, seed: 3));
        _largeOrganisation = SyntheticOrganisation.Create(2000, 24_000, 400, departments: 9, seed: 7);
    }

    /// <summary>One job description of 12 tasks, rendered and zipped (not written to disk).</summary>
    [Benchmark]
    public void JobDescription() => _engine.Write(_role, Stream.Null);

    /// <summary>The organisation-wide deck of a 500-role organisation.</summary>
    [Benchmark]
    public int OrganisationDeck500Roles() => _charts.Generate(_chartOrganisation, new ControlBook(AsOf)).First().Content.Length;

    /// <summary>Every rule over 2,000 roles and 24,000 tasks.</summary>
    [Benchmark]
    public int CheckRegisters2000Roles() => RegisterRules.Check(_largeOrganisation).Count;

    /// <summary>Only the rules that can find errors: generation's guard.</summary>
    [Benchmark]
    public int CountErrors2000Roles() => RegisterRules.CountErrors(_largeOrganisation);
}
