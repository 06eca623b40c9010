using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>An Entra group found by its address: its object id and whether it is a Microsoft 365 (unified) group.</summary>
internal sealed record EntraGroup(string Id, bool Unified);

/// <summary>
/// Finds a group by its e-mail address, so a register can name a Microsoft 365 group as people know it.
/// Documentation followed: Graph "List groups", <c>GET /groups?$filter=mail eq '…'</c> (mail supports <c>eq</c> without
/// advanced query parameters); application permission GroupMember.Read.All or Group.Read.All.
/// </summary>
internal sealed class EntraGroups(GraphServiceClient graph)
{
    /// <summary>The groups with that address; empty when there is none or the app may not read groups.</summary>
    public async Task<(IReadOnlyList<EntraGroup> Groups, bool Refused)> ByMailAsync(string mail, CancellationToken ct)
    {
        try
        {
            var page = await graph.Groups.GetAsync(r =>
            {
                r.QueryParameters.Filter = $"mail eq '{mail.Replace("'", "''", StringComparison.Ordinal)}'";
                r.QueryParameters.Select = ["id", "groupTypes"];
            }, ct).ConfigureAwait(false);
            return ((page?.Value ?? []).Where(g => g.Id is not null)
                .Select(g => new EntraGroup(g.Id!, g.GroupTypes?.Contains("Unified", StringComparer.OrdinalIgnoreCase) == true)).ToList(), false);
        }
        catch (ODataError e) when (e.ResponseStatusCode is 401 or 403)
        {
            return ([], true);
        }
    }
}
