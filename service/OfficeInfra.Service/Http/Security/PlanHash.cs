using System.Security.Cryptography;
using System.Text.Json;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// A plan's fingerprint: SHA-256 of its JSON as the API shows it. A dry run's result carries it (<c>planHash</c>),
/// and a publish that prunes must send it back as <c>confirmPlan</c>, so that it deletes exactly what the person saw.
/// </summary>
internal static class PlanHash
{
    /// <summary>The lower-case hex SHA-256 of <paramref name="plan"/>'s API JSON.</summary>
    public static string Of(LibraryPlan plan) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(plan, ServiceJson.Options)));

    /// <summary>Throws <see cref="OfficeInfraException"/> (PlanChanged) when <paramref name="plan"/> is not the one confirmed.</summary>
    public static void Confirm(LibraryPlan plan, string confirmed)
    {
        if (!string.Equals(Of(plan), confirmed.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new OfficeInfraException(ErrorKind.PlanChanged,
                "The library or the registers changed since the plan you confirmed; nothing was changed: look at the new plan (dryRun) and confirm it.");
        }
    }
}
