using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// Entra ID bearer tokens on every /api route when <see cref="AuthOptions.Enabled"/>: audience, issuer, lifetime,
/// signature and the <c>access_as_user</c> scope are checked. In local mode nothing is required.
/// </summary>
internal static class CallerAuthentication
{
    /// <summary>The policy every /api route carries in Entra mode.</summary>
    public const string Policy = "access_as_user";

    /// <summary>Adds the JWT bearer handler and the scope policy when Entra ID is configured.</summary>
    public static IServiceCollection AddCallerAuthentication(this IServiceCollection services, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        services.AddAuthorization();
        if (!auth.Enabled)
        {
            // Local mode: the authentication middleware runs, but no scheme exists, so every caller is anonymous.
            services.AddAuthentication();
            return services;
        }
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.Authority = auth.Authority;
            // Keep Entra's claim names (scp, oid) instead of the long WS-* names the handler maps them to.
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudiences = Audiences(auth),
                ValidIssuers = [auth.Authority, $"https://sts.windows.net/{auth.TenantId}/"],
                ValidateAudience = true,
                ValidateIssuer = true,
                ValidateLifetime = true,
                ValidateIssuerSigningKey = true,
                RequireSignedTokens = true,
                ClockSkew = TimeSpan.FromMinutes(2),
            };
            options.Events = new JwtBearerEvents { OnChallenge = LogChallenge, OnForbidden = LogForbidden };
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => HasScope(context, AuthOptions.RequiredScope)));
        return services;
    }

    /// <summary>Requires the scope policy on <paramref name="group"/> in Entra mode.</summary>
    public static RouteGroupBuilder RequireCaller(this RouteGroupBuilder group, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        return auth.Enabled ? group.RequireAuthorization(Policy) : group;
    }

    // A 401: the reason in words, never the token (the handler's own log line sits at Information under a category
    // production filters out, and its exception text can quote the token's claims).
    private static Task LogChallenge(JwtBearerChallengeContext context)
    {
        SecurityLog.TokenRefused(Logger(context.HttpContext), context.HttpContext.GetEndpoint()?.DisplayName,
            context.HttpContext.Connection.RemoteIpAddress?.ToString(), TokenRefusal.Reason(context.AuthenticateFailure));
        return Task.CompletedTask;
    }

    private static Task LogForbidden(ForbiddenContext context)
    {
        SecurityLog.CallerForbidden(Logger(context.HttpContext), Caller.IdOf(context.HttpContext.User), context.HttpContext.GetEndpoint()?.DisplayName,
            $"the token lacks the {AuthOptions.RequiredScope} scope");
        return Task.CompletedTask;
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(SecurityLog.Category);

    private static bool HasScope(AuthorizationHandlerContext context, string scope) =>
        context.User.FindAll("scp").Concat(context.User.FindAll("http://schemas.microsoft.com/identity/claims/scope"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);

    private static string[] Audiences(AuthOptions auth)
    {
        // Entra puts either the application id URI or the bare client id in aud, depending on the token version.
        var audiences = new List<string> { auth.Audience! };
        if (auth.Audience!.StartsWith("api://", StringComparison.OrdinalIgnoreCase))
        {
            audiences.Add(auth.Audience["api://".Length..]);
        }
        if (!string.IsNullOrEmpty(auth.ClientId))
        {
            audiences.Add(auth.ClientId);
        }
        return [.. audiences.Distinct(StringComparer.Ordinal)];
    }
}
