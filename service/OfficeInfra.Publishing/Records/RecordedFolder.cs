using System.Text.Json.Serialization;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.Records;

/// <summary>One department folder of the library's records.</summary>
/// <param name="Grants">Every grant the folder holds: what its access level gives, plus drift kept because pruning was
/// not asked for.</param>
/// <param name="Granted">The grants the product gave, so that the next run can take back those the registers stop
/// giving while leaving grants someone else added as drift. Null in records written before it was kept apart: then
/// <paramref name="Grants"/> is what was given (the SharePoint target recorded only what it gave).</param>
/// <param name="Labels">The retention labels the product applied to this department's folders (its own and its
/// processes' records folders), by path; null when none.</param>
public sealed record RecordedFolder(
    [property: JsonPropertyName("department")] string Department,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("access")] string Access,
    [property: JsonPropertyName("grants")] IReadOnlyList<RecordedGrant> Grants,
    [property: JsonPropertyName("granted")] IReadOnlyList<RecordedGrant>? Granted = null,
    [property: JsonPropertyName("labels"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Labels = null)
{
    /// <summary>The grants the folder holds; a line someone broke by hand (no principal, unknown role) is skipped.</summary>
    public IReadOnlyList<Grant> Held() => RecordedGrant.Parse(Grants);

    /// <summary>The grants the product gave (see <see cref="Granted"/> for records that predate it).</summary>
    public IReadOnlyList<Grant> Given() => RecordedGrant.Parse(Granted ?? Grants);
}

/// <summary>One grant in the records: a principal and its role as SPEC §3 spells it (<c>read</c>, <c>write</c>, <c>owner</c>).</summary>
public sealed record RecordedGrant(
    [property: JsonPropertyName("principal")] string Principal,
    [property: JsonPropertyName("role")] string Role)
{
    /// <summary>The line for <paramref name="grant"/>.</summary>
    public static RecordedGrant Of(Grant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return new RecordedGrant(grant.Principal, grant.Role.ToString().ToLowerInvariant());
    }

    /// <summary>The grants of <paramref name="lines"/>, skipping lines broken by hand.</summary>
    public static IReadOnlyList<Grant> Parse(IEnumerable<RecordedGrant>? lines) => (lines ?? [])
        .Where(g => g is not null && !string.IsNullOrWhiteSpace(g.Principal) && Enum.TryParse<GrantRole>(g.Role, ignoreCase: true, out _))
        .Select(g => new Grant(g.Principal, Enum.Parse<GrantRole>(g.Role, ignoreCase: true)))
        .ToList();
}
