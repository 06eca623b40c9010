using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

public sealed class RegisterNameTests
{
    [Theory]
    [InlineData("Finance", "finance")]
    [InlineData("  Finance ", "FINANCE")]
    [InlineData("Café", "CAFÉ")]
    [InlineData("", "   ")]
    [InlineData(null, "")]
    public void Equals_SameNameSpelledDifferently_IsEqualWithTheSameHash(string? a, string? b)
    {
        RegisterName left = a, right = b;

        (left == right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Theory]
    [InlineData("Finance", "Finances")]
    [InlineData("Sales", "Sales Ops")]
    [InlineData("Finance", "")]
    public void Equals_DifferentNames_IsNotEqual(string a, string b) =>
        (new RegisterName(a) != new RegisterName(b)).Should().BeTrue();

    [Fact]
    public void Display_IsTheNameAsWrittenTrimmed()
    {
        var name = new RegisterName("  Human Resources\t");

        name.Display.Should().Be("Human Resources");
        name.ToString().Should().Be("Human Resources");
        name.IsBlank.Should().BeFalse();
        default(RegisterName).IsBlank.Should().BeTrue();
        default(RegisterName).Display.Should().BeEmpty();
    }

    [Fact]
    public void Dictionary_KeyedByName_FindsAnySpellingAndKeepsTheFirst()
    {
        var names = new Dictionary<RegisterName, int> { ["Finance"] = 1 };

        names.TryAdd(" FINANCE ", 2).Should().BeFalse();
        names["finance"].Should().Be(1);
        names.Keys.Single().Display.Should().Be("Finance");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(" Ops ", "Ops")]
    [InlineData("", "")]
    public void OptionalName_FromText_NullStaysNoName(string? text, string? expected)
    {
        // Where a name may be absent (a document of the whole organisation has no department), null text must not
        // become a blank name that then matches nothing.
        RegisterName? name = text;

        name?.Display.Should().Be(expected);
        name.HasValue.Should().Be(expected is not null);
    }

    [Fact]
    public void Rules_ReferenceSpelledDifferently_MatchAsNames()
    {
        // The rules and the generators match by RegisterName: a reference in other case and spacing is the same name.
        var registers = RegisterSetBuilder.Valid().Role("Clerk", " ops ", reportsTo: "BOSS").Build();

        RegisterRules.Check(registers).Should().NotContain(f => f.Code == FindingCodes.UnknownDepartment || f.Code == FindingCodes.UnknownRole);
    }
}
