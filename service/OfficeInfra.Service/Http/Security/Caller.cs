using System.Security.Claims;

namespace OfficeInfra.Service.Http.Security;

/// <summary>Who is calling: the Entra object id (or subject) of the token, or "local" in local mode.</summary>
internal static class Caller
{
    /// <summary>The caller's id, used to own jobs and to partition rate limits.</summary>
    public static string IdOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IdOf(context.User) ?? "local";
    }

    /// <summary>The user's id from the token, or null for an anonymous caller.</summary>
    public static string? IdOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var tenant = user.FindFirst("tid")?.Value;
        var id = user.FindFirst("oid")?.Value ?? user.FindFirst("sub")?.Value;
        return id is null ? null : $"{tenant}/{id}";
    }

    /// <summary>The rate limit partition: the user, else the remote address.</summary>
    public static string PartitionOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IdOf(context.User) ?? context.Connection.RemoteIpAddress?.ToString() ?? "local";
    }
}
