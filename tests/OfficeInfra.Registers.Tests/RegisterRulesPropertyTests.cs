using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Registers.Tests;

/// <summary>Property tests: any registers at all produce findings, never an exception, and every finding is usable.</summary>
public sealed class RegisterRulesPropertyTests
{
    // Names drawn from a small pool so that references sometimes resolve, sometimes clash and sometimes cycle.
    private static readonly Gen<string?> Name = Gen.OneOf(
        Gen.Elements<string?>(null, "", "  ", "Ops", "ops ", "Boss", "Clerk", "PRN", "a/b:c", "{{role.title}}", "=SUM(A1)",
            "<b>x</b>", "İstanbul", "客户", "😀", "Trailing.", new string('x', 300)),
        ArbMap.Default.ArbFor<string>().Generator.Select(s => (string?)s));

    private static readonly Gen<Department> Departments =
        from name in Name from head in Name from access in Name select new Department(name!, head, access);

    private static readonly Gen<Role> Roles =
        from title in Name from department in Name from reportsTo in Name from type in Name from status in Name
        select new Role(title!, department!, reportsTo, type, status);

    private static readonly Gen<TaskItem> Tasks =
        from id in Name from task in Name from department in Name from role in Name from process in Name from step in Name
        select new TaskItem(id ?? "", task!, department!, role, process, step, task);

    private static readonly Gen<Process> Processes =
        from name in Name from department in Name from owner in Name select new Process(name!, department!, Owner: owner);

    private static readonly Gen<JourneyStage> Stages =
        from phase in Name from stage in Name from actors in Name.ListOf() from back in Name.ListOf() from kpi in Name
        select Stage(phase, stage, actors, back, kpi);

    private static JourneyStage Stage(string? phase, string? stage, IEnumerable<string?> by, IEnumerable<string?> back, string? kpi) =>
        new(phase!, stage!) { OnStageBy = [.. by.OfType<string>()], BackStage = [.. back.OfType<string>()], Kpi = kpi };

    private static readonly Gen<RegisterSet> Registers =
        from departments in Departments.ListOf()
        from roles in Roles.ListOf()
        from tasks in Tasks.ListOf()
        from processes in Processes.ListOf()
        from journey in Stages.ListOf()
        select new RegisterSet("Org", [.. departments], [.. roles], [.. tasks], [.. processes]) { Journey = [.. journey] };

    [Fact]
    public void Check_AnyRegisters_ReturnsFindingsWithoutThrowing() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Registers.ToArbitrary(), registers =>
        {
            var findings = RegisterRules.Check(registers);
            return findings.All(f => f.Message.Length > 0 && f.Code.Length > 0
                && f.Sheet is "Departments" or "Roles" or "Tasks" or "Processes" or "Journey");
        }));

    [Fact]
    public void CountErrors_AnyRegisters_EqualsTheErrorsCheckFinds() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Registers.ToArbitrary(), registers =>
            RegisterRules.CountErrors(registers) == RegisterRules.Check(registers).Count(f => f.Severity == Severity.Error)));
}
