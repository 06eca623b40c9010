using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

/// <summary>The registers at a glance, as the add-in's Check shows them: counted with the model's own rules.</summary>
public sealed class RegisterSummaryTests
{
    [Fact]
    public void Of_RolesVacantFilledAndWithoutStatus_CountsThemAsSpecSectionTwoSays()
    {
        var registers = new RegisterSetBuilder().Department("Ops")
            .Role("A", "Ops", status: null, holder: "Ann")          // no status, held: filled
            .Role("B", "Ops", status: "  ", holder: null)           // no status, nobody: vacant
            .Role("C", "Ops", status: "vacant", holder: "Old name") // the status decides: vacant
            .Role("D", "Ops", status: "FILLED", holder: null)       // the status decides: filled
            .Role("E", "Ops", status: " Vacant ", holder: null, type: "intern")
            .Role("F", "Ops", type: "Contractor")                   // a type the list lacks: an Employee, as the documents say
            .Task("t1", "Ops", role: "A").Task("t2", "Ops").Task("t3", "Ops", role: " ")
            .Add(new Process("p", "Ops", Kpi: "x")).Process("q", "Ops")
            .Build();

        var summary = RegisterSummary.Of(registers);

        summary.Should().BeEquivalentTo(new RegisterSummary(1, false, 3, 3,
            new Dictionary<string, int> { ["Employee"] = 5, ["Intern"] = 1 }, 3, 2, 2, 1));
    }

    [Fact]
    public void Of_AnyRoles_VacantAsSpecSectionTwoSaysAndTypesAddUp()
    {
        var statuses = Gen.Elements<string?>(null, "", " ", "Filled", "filled", "Vacant", " VACANT ", "Open");
        var holders = Gen.Elements<string?>(null, "", "  ", "Ann");
        var types = Gen.Elements<string?>(null, "", "Employee", "intern", "Outsourced", "Contractor");
        var roles = (from status in statuses from holder in holders from type in types select (status, holder, type)).ListOf();
        Check.QuickThrowOnFailure(Prop.ForAll(roles.ToArbitrary(), list =>
        {
            var registers = RegisterSet.Empty with { Roles = [.. list.Select((r, i) => new Role($"R{i}", "Ops", null, r.type, r.status, r.holder))] };

            var summary = RegisterSummary.Of(registers);

            // SPEC §2: Status decides (Vacant, whatever the case and spaces); without one, nobody holding the role does.
            summary.RolesVacant.Should().Be(list.Count(r => string.IsNullOrWhiteSpace(r.status)
                ? string.IsNullOrWhiteSpace(r.holder) : r.status.Trim().Equals("vacant", StringComparison.OrdinalIgnoreCase)));
            (summary.RolesFilled + summary.RolesVacant).Should().Be(list.Count);
            summary.RoleTypes.Values.Sum().Should().Be(list.Count);
            summary.RoleTypes.Keys.Should().BeSubsetOf(Enum.GetNames<RoleType>());
        }));
    }
}
