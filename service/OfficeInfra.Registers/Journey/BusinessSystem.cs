using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Journey;

/// <summary>A core business system (Marketing, Sales, Fulfillment, …) and the processes that make it work.</summary>
/// <param name="Name">The System value as first written.</param>
/// <param name="Processes">Its processes in register order.</param>
/// <param name="Departments">The departments taking part in any of its processes, in register order.</param>
public sealed record BusinessSystem(string Name, IReadOnlyList<Process> Processes, IReadOnlyList<string> Departments)
{
    /// <summary>True when none of its processes has a KPI, so nothing measures the system.</summary>
    public bool HasNoKpi => Processes.All(p => string.IsNullOrWhiteSpace(p.Kpi));
}
