namespace OfficeInfra.Service.Http.Security;

/// <summary>CORS for exactly one origin, the add-in's (<c>Addin:Origin</c>); with none configured, no cross-origin call is allowed.</summary>
internal static class AddinCors
{
    /// <summary>Adds the default CORS policy.</summary>
    public static IServiceCollection AddAddinCors(this IServiceCollection services, string? origin)
    {
        services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            if (!string.IsNullOrWhiteSpace(origin))
            {
                policy.WithOrigins(origin.TrimEnd('/'))
                    .WithHeaders("Authorization", "Content-Type", Jobs.Correlation.Header)
                    .WithMethods("GET", "POST", "DELETE")
                    .WithExposedHeaders("Location", Jobs.Correlation.Header);
            }
        }));
        return services;
    }
}
