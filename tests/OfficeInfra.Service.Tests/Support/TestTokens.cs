using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>Entra-like access tokens signed with a key of our own, which the test service is told to trust.</summary>
public sealed class TestTokens
{
    public const string Tenant = "11111111-2222-3333-4444-555555555555";
    public const string Audience = "api://officeinfra-test";
    public const string ClientId = "officeinfra-test";
    public static readonly string Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0";

    public static TestTokens Shared { get; } = new();

    public RsaSecurityKey Key { get; } = new(RSA.Create(2048)) { KeyId = "test-key" };

    private readonly RsaSecurityKey _stranger = new(RSA.Create(2048)) { KeyId = "test-key" };

    /// <summary>A token; by default valid for the service: right issuer, audience, scope, lifetime and key.</summary>
    public string Create(string user = "user-1", string audience = Audience, string? scope = "access_as_user",
        DateTime? expires = null, bool wrongKey = false, string issuer = "")
    {
        var claims = new Dictionary<string, object> { ["oid"] = user, ["tid"] = Tenant, ["name"] = user };
        if (scope is not null)
        {
            claims["scp"] = scope;
        }
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer.Length == 0 ? Issuer : issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expiry.AddHours(-1),
            NotBefore = expiry.AddHours(-1),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(wrongKey ? _stranger : Key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
