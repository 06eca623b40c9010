using FluentAssertions;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;
using Xunit;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// An SOP's related procedures: processes sharing roles or tools with it (most shared first) and processes whose
/// trigger names it (ahead of those). The model relates processes through an index; these tests hold it to the plain
/// definition, pair by pair.
/// </summary>
public sealed class SopRelatedTests
{
    [Fact]
    public void Related_NamesTheProcessItTriggersFirst_ThenThoseSharingMost_InRegisterOrderOnTies()
    {
        var registers = new RegisterSetBuilder()
            .Department("Ops", head: "Boss")
            .Role("Boss", "Ops").Role("Clerk", "Ops").Role("Driver", "Ops")
            .Add(new Process("Take order", "Ops", Owner: "Boss"))
            .Add(new Process("Invoice", "Ops", Owner: "Clerk", Trigger: "When Take order ends"))
            .Add(new Process("Deliver", "Ops", Owner: "Driver"))
            .Add(new Process("Count stock", "Ops", Owner: "Clerk"))
            .Add(new Process("Unrelated", "Ops", Owner: "Driver"))
            .Task("Record the order", "Ops", role: "Clerk", process: "Take order", step: "1", tools: ["Till"])
            .Task("Send the invoice", "Ops", role: "Clerk", process: "Invoice", step: "1", tools: ["Ledger"])
            .Task("Load the van", "Ops", role: "Boss", process: "Deliver", step: "1", tools: ["Till"])
            .Task("Count shelves", "Ops", role: "Clerk", process: "Count stock", step: "1")
            .Build();

        Names(Related(registers, "Take order")).Should().Equal("Invoice", "Deliver", "Count stock");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Related_OfEveryProcessOfAnOrganisation_IsThePlainDefinition(int seed)
    {
        var registers = SyntheticOrganisation.Create(roles: 40, tasks: 300, processes: 25, departments: 4, seed: seed);
        foreach (var process in registers.Processes)
        {
            Names(Related(registers, process.Name)).Should().Equal(Definition(registers, process), $"for process '{process.Name}'");
        }
    }

    private static object?[] Related(RegisterSet registers, string process) =>
        (object?[])SopModel.Build(new RegisterIndex(registers), registers.Processes.First(p => p.Name == process))["related"]!;

    private static IEnumerable<string> Names(object?[] related) =>
        related.Cast<Dictionary<string, object?>>().Select(r => (string)r["name"]!);

    private static IEnumerable<string> Definition(RegisterSet registers, Process process)
    {
        var comparer = StringComparer.OrdinalIgnoreCase;
        HashSet<string> RolesOf(Process p) => new(registers.Tasks.Where(t => comparer.Equals(t.Process?.Trim(), p.Name.Trim()))
            .Select(t => t.Role?.Trim() ?? "").Append(p.Owner?.Trim() ?? "").Where(r => r.Length > 0), comparer);
        HashSet<string> ToolsOf(Process p) => new(p.Tools.Concat(registers.Tasks.Where(t => comparer.Equals(t.Process?.Trim(), p.Name.Trim()))
            .SelectMany(t => t.Tools)).Select(t => t.Trim()).Where(t => t.Length > 0), comparer);
        Process First(Process p) => registers.Processes.First(q => comparer.Equals(q.Name.Trim(), p.Name.Trim()));
        var name = process.Name.Trim();
        var mine = First(process);
        return registers.Processes
            .Select((other, order) => (Other: other, Order: order))
            .Where(p => p.Other.Name.Trim().Length > 0 && !comparer.Equals(p.Other.Name.Trim(), name))
            .Select(p => (p.Other, p.Order, Score:
                RolesOf(First(p.Other)).Count(RolesOf(mine).Contains) + ToolsOf(First(p.Other)).Count(ToolsOf(mine).Contains)
                + ((p.Other.Trigger ?? "").Trim().Contains(name, StringComparison.OrdinalIgnoreCase) ? 10 : 0)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Order)
            .Take(SopModel.MaxRelated)
            .Select(p => p.Other.Name.Trim());
    }
}
