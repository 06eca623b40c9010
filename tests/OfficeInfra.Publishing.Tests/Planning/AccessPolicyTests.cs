using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Publishing.Tests.Planning;

public sealed class AccessPolicyTests
{
    private static Department Ops(string? access) =>
        new("Ops", Access: access, Owners: ["ops-owners@contoso.com"], Members: ["ops-team@contoso.com"], Visitors: ["staff@contoso.com"]);

    [Theory]
    [InlineData("Public", "ops-owners@contoso.com=Owner|ops-team@contoso.com=Write|Everyone except external users=Read")]
    [InlineData("Internal", "ops-owners@contoso.com=Owner|ops-team@contoso.com=Write|staff@contoso.com=Read")]
    [InlineData(null, "ops-owners@contoso.com=Owner|ops-team@contoso.com=Write|staff@contoso.com=Read")]
    [InlineData("confidential", "ops-owners@contoso.com=Owner|ops-team@contoso.com=Write")]
    [InlineData("Restricted", "ops-owners@contoso.com=Owner")]
    public void GrantsFor_AccessLevel_GivesTheSpecsGrants(string? access, string expected) =>
        string.Join('|', AccessPolicy.GrantsFor(Ops(access), "Everyone except external users").Select(g => $"{g.Principal}={g.Role}"))
            .Should().Be(expected);

    [Fact]
    public void GrantsFor_PrincipalListedAsOwnerAndMember_KeepsOnlyTheStrongerGrant() =>
        AccessPolicy.GrantsFor(new Department("Ops", Owners: ["a@x"], Members: ["A@X", "b@x"]), "everyone")
            .Should().Equal(new Grant("a@x", GrantRole.Owner), new Grant("b@x", GrantRole.Write));
}
