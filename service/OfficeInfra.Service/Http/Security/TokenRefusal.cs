using Microsoft.IdentityModel.Tokens;

namespace OfficeInfra.Service.Http.Security;

/// <summary>Why a bearer token was refused, in words fit for a log line: never the token or its claims.</summary>
internal static class TokenRefusal
{
    /// <summary>The reason for <paramref name="failure"/> (null: no token was sent).</summary>
    public static string Reason(Exception? failure) => failure switch
    {
        null => "no bearer token",
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenInvalidAudienceException => "the token is for another audience",
        SecurityTokenInvalidIssuerException => "the token is from another issuer",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the token's signature is not valid",
        SecurityTokenMalformedException or ArgumentException => "the token is malformed",
        SecurityTokenValidationException => "the token is not valid",
        _ => $"the token could not be validated ({failure.GetType().Name})",
    };
}
