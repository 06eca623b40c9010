using System.Reflection;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

public sealed class CheckedRegistersTests
{
    [Fact]
    public void Judge_RegistersWithAnError_GiveNoCheckedRegisters()
    {
        var broken = RegisterSetBuilder.Valid().Role("Clerk", "Nowhere").Build();

        var check = RegisterRules.Judge(broken);

        check.Checked.Should().BeNull();
        check.Findings.Should().Contain(f => f.Severity == Severity.Error && f.Code == FindingCodes.UnknownDepartment);
    }

    [Fact]
    public void Judge_RegistersWithOnlyWarnings_GiveTheSameRegistersChecked()
    {
        var vacant = RegisterSetBuilder.Valid().Role("Clerk", "Ops", reportsTo: "Boss", status: "Vacant", holder: null).Build();

        var check = RegisterRules.Judge(vacant);

        check.Findings.Should().Contain(f => f.Code == FindingCodes.VacantRole).And.OnlyContain(f => f.Severity != Severity.Error);
        check.Checked!.Registers.Should().BeSameAs(vacant);
    }

    [Fact]
    public void Judge_AnyRegisters_FindsWhatCheckFinds()
    {
        var registers = RegisterSetBuilder.Valid().Role("Clerk", "Nowhere").Role("Boss", "Ops").Build();

        RegisterRules.Judge(registers).Findings.Should().Equal(RegisterRules.Check(registers));
    }

    [Theory]
    [InlineData(1, "The registers have 1 error; fix it before generating (validate shows where it is).")]
    [InlineData(2, "The registers have 2 errors; fix them before generating (validate shows where they are).")]
    public void Checked_RegistersWithErrors_ThrowsRegistersHaveErrorsWithTheCount(int errors, string message)
    {
        var builder = RegisterSetBuilder.Valid();
        for (var i = 0; i < errors; i++)
        {
            builder.Role($"Clerk {i}", "Nowhere", reportsTo: "Boss");
        }

        var act = () => RegisterRules.Checked(builder.Build());

        act.Should().Throw<OfficeInfraException>().Which.Should().Match<OfficeInfraException>(e => e.Kind == ErrorKind.RegistersHaveErrors && e.Message == message);
    }

    [Fact]
    public void CheckedRegisters_OnlyTheRulesCanMakeThem()
    {
        // What makes "an unchecked RegisterSet cannot reach generation" a compile-time fact: generation takes
        // CheckedRegisters, and nothing outside this assembly can construct, derive from or copy one.
        var type = typeof(CheckedRegisters);

        type.IsSealed.Should().BeTrue();
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
        type.GetMethods(BindingFlags.Public | BindingFlags.Static).Should().BeEmpty();
        type.GetProperties().Should().OnlyContain(p => !p.CanWrite);
    }
}
