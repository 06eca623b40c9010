using System.Text.Json;
using System.Text.Json.Serialization;

namespace OfficeInfra.Service.Shared;

/// <summary>The one JSON shape the CLI (<c>--json</c>) and the HTTP API share: camelCase, enums as kebab-case words.</summary>
internal static class ServiceJson
{
    /// <summary>Options for compact output (HTTP).</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>Options for output a person may read (CLI).</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Adds the shared settings to <paramref name="options"/> (the HTTP host's own options object).</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Enum words match SPEC's vocabulary: job-description, org-chart, error, new, owner.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        // Unicode (Turkish, Chinese, emoji) is written as it is, not as \u escapes.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = indented };
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
