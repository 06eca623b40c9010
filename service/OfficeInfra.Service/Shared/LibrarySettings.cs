using Microsoft.Extensions.Configuration;
using OfficeInfra.Publishing;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Service.Shared;

/// <summary>
/// Library options from settings (<c>Library:PublicPrincipal</c>, <c>Library:OrgChartFullDetail</c>, the retention
/// labels <c>Records:RetentionLabels:ByType:&lt;kind&gt;</c> and <c>Records:RetentionLabels:ByDepartment:&lt;department&gt;</c>,
/// their settings <c>Records:RetentionSettings:&lt;label&gt;:Period|Action|Trigger</c>)
/// plus the run's pruning choices.
/// </summary>
internal static class LibrarySettings
{
    /// <summary>The options for one run.</summary>
    public static LibraryOptions From(IConfiguration configuration, bool pruneDocuments = false, bool prunePermissions = false)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new LibraryOptions
        {
            PublicPrincipal = configuration["Library:PublicPrincipal"] ?? new LibraryOptions().PublicPrincipal,
            PruneDocuments = pruneDocuments,
            PrunePermissions = prunePermissions,
            OrgChartFullDetail = bool.TryParse(configuration["Library:OrgChartFullDetail"], out var full) && full,
            RetentionLabelsByType = Labels(configuration, "ByType").ToDictionary(l => l.Key, l => l.Value, StringComparer.OrdinalIgnoreCase),
            // A department is named as the registers name it: the first of two keys that are one name wins.
            RetentionLabelsByDepartment = Labels(configuration, "ByDepartment").DistinctBy(l => new RegisterName(l.Key)).ToDictionary(l => new RegisterName(l.Key), l => l.Value),
            RetentionSettings = RetentionSettings(configuration),
        };
    }

    // Records:RetentionSettings:<label>:Period|Action|Trigger, read as a person writes them; a wrong one stops the run.
    private static Dictionary<string, Publishing.Records.LabelRetention> RetentionSettings(IConfiguration configuration)
    {
        var settings = new Dictionary<string, Publishing.Records.LabelRetention>(StringComparer.Ordinal);
        foreach (var label in configuration.GetSection("Records:RetentionSettings").GetChildren())
        {
            if (Publishing.Records.LabelRetention.Read(label["Period"], label["Action"], label["Trigger"], $"Records:RetentionSettings:{label.Key}") is { } kept)
            {
                settings[label.Key.Trim()] = kept;
            }
        }
        return settings;
    }

    private static IEnumerable<(string Key, string Value)> Labels(IConfiguration configuration, string by) =>
        configuration.GetSection($"Records:RetentionLabels:{by}").GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => (c.Key, c.Value!));
}
