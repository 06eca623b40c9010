namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// The login names (claims) SharePoint Online knows principals by, and how a register's name for a principal maps to
/// them. <c>web/ensureuser</c> takes a login name or claim, never a display name; these are the forms PnP and the CLI
/// for Microsoft 365 build (cli-microsoft365 <c>spo.ensureEntraGroup</c>: mail-enabled groups by the federated
/// directory claim, others by the tenant claim).
/// </summary>
/// <remarks>
/// Documentation followed: SP.Web.ensureUser(logonName) ("the login name of the user"); "Everyone except external
/// users" is <c>c:0-.f|rolemanager|spo-grid-all-users/&lt;tenant id&gt;</c> (the tenant id is the authentication realm,
/// as PnP's Get-PnPAuthenticationRealm builds it).
/// </remarks>
internal static class PrincipalClaims
{
    /// <summary>The organisation-wide principal's name in the registers (SPEC §3's default) and in SharePoint.</summary>
    public const string OrganisationName = "Everyone except external users";

    private const string UserPrefix = "i:0#.f|membership|", SecurityGroupPrefix = "c:0t.c|tenant|",
        Microsoft365GroupPrefix = "c:0o.c|federateddirectoryclaimprovider|", OrganisationPrefix = "c:0-.f|rolemanager|spo-grid-all-users/";

    public static string User(string upn) => UserPrefix + upn;

    public static string SecurityGroup(string objectId) => SecurityGroupPrefix + objectId;

    public static string Microsoft365Group(string objectId) => Microsoft365GroupPrefix + objectId;

    public static string Organisation(string tenantId) => OrganisationPrefix + tenantId;

    public static bool IsOrganisation(string name) => name.Equals(OrganisationName, StringComparison.OrdinalIgnoreCase)
        || name.StartsWith(OrganisationPrefix, StringComparison.OrdinalIgnoreCase);

    public static bool IsClaim(string name) => name.Contains('|', StringComparison.Ordinal);

    public static bool IsObjectId(string name) => Guid.TryParse(name, out _);

    public static bool IsAddress(string name) => name.Contains('@', StringComparison.Ordinal) && !IsClaim(name);

    /// <summary>
    /// The name the registers would use for <paramref name="principal"/> when nothing better is known: the
    /// organisation-wide name, a group's object id (or a Microsoft 365 group's address), a user's address, else the title.
    /// </summary>
    public static string CanonicalName(SitePrincipal principal)
    {
        var login = principal.LoginName ?? "";
        if (login.StartsWith(OrganisationPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return OrganisationName;
        }
        if (login.StartsWith(SecurityGroupPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return login[SecurityGroupPrefix.Length..];
        }
        if (login.StartsWith(Microsoft365GroupPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrEmpty(principal.Email) ? login[Microsoft365GroupPrefix.Length..] : principal.Email;
        }
        if (!string.IsNullOrEmpty(principal.Email))
        {
            return principal.Email;
        }
        return login.StartsWith(UserPrefix, StringComparison.OrdinalIgnoreCase) ? login[UserPrefix.Length..] : principal.Title;
    }

    /// <summary>True when the registers' <paramref name="name"/> can stand for <paramref name="principal"/>.</summary>
    public static bool Matches(string name, SitePrincipal principal)
    {
        var login = principal.LoginName ?? "";
        return name.Equals(principal.Title, StringComparison.OrdinalIgnoreCase)
            || name.Equals(login, StringComparison.OrdinalIgnoreCase)
            || name.Equals(principal.Email, StringComparison.OrdinalIgnoreCase)
            || name.Equals(CanonicalName(principal), StringComparison.OrdinalIgnoreCase)
            || (IsOrganisation(name) && login.StartsWith(OrganisationPrefix, StringComparison.OrdinalIgnoreCase))
            || (IsObjectId(name) && (login.EndsWith("|" + name, StringComparison.OrdinalIgnoreCase) || login.EndsWith("|" + name + "_o", StringComparison.OrdinalIgnoreCase)))
            || (IsAddress(name) && login.Equals(User(name), StringComparison.OrdinalIgnoreCase));
    }
}
