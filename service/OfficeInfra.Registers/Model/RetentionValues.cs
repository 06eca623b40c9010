using System.Globalization;
using System.Text.RegularExpressions;

namespace OfficeInfra.Registers.Model;

/// <summary>
/// The Records register's fixed values and how they read: document types by their kebab-case kind (the library's
/// <c>kind</c> and the configuration's key), retention actions and triggers as Purview's file plan import names them,
/// and periods in days as Purview counts them (a year is 365 days, a month 30).
/// </summary>
public static partial class RetentionValues
{
    /// <summary>Purview's most days: 100 years; longer is <c>Unlimited</c>.</summary>
    public const int MaxDays = 36_525;

    /// <summary>The "type" of the processes' records folders (<c>&lt;Department&gt;/Records/&lt;Process&gt;</c>): their label is applied to the folder.</summary>
    public const string RecordsFolderKind = "records";

    private static readonly (string Text, string Kind)[] Types =
    [
        ("Job Description", "job-description"), ("SOP", "sop"), ("Org Chart", "org-chart"),
        ("Customer Journey", "service-blueprint"), ("Business Systems", "business-systems"), ("Process Records", RecordsFolderKind),
    ];

    private static readonly (string Text, string Purview)[] Actions = [("Keep", "Keep"), ("Delete", "Delete"), ("Keep and delete", "KeepAndDelete")];

    private static readonly (string Text, string Purview)[] Triggers =
        [("When created", "CreationAgeInDays"), ("When last modified", "ModificationAgeInDays"), ("When labelled", "TaggedAgeInDays")];

    /// <summary>The most characters of a label name Purview's file plan import takes.</summary>
    public const int MaxImportableLabelLength = 64;

    /// <summary>
    /// True when Microsoft Purview's file plan import can create a label of this name: "Supported characters for
    /// import: a-z, A-Z, 0-9, hyphen (-) and the space character", at most 64 of them ("Use file plan to create and
    /// manage retention labels", label properties for import). A label made in the Purview portal may carry others.
    /// </summary>
    public static bool IsImportableLabelName(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var name = label.Trim();
        return name.Length is > 0 and <= MaxImportableLabelLength
            && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or ' ');
    }

    /// <summary>The Document Type drop-down.</summary>
    public static IReadOnlyList<string> TypeTexts { get; } = [.. Types.Select(t => t.Text)];

    /// <summary>The Retention Action drop-down.</summary>
    public static IReadOnlyList<string> ActionTexts { get; } = [.. Actions.Select(a => a.Text)];

    /// <summary>The Retention Trigger drop-down.</summary>
    public static IReadOnlyList<string> TriggerTexts { get; } = [.. Triggers.Select(t => t.Text)];

    /// <summary>The kebab-case kind a Document Type names (its text or the kind itself), or null.</summary>
    public static string? KindOf(string? type) => Find(Types, type);

    /// <summary>Purview's RetentionAction for an action as written (or as Purview names it), or null.</summary>
    public static string? PurviewAction(string? action) => Find(Actions, action);

    /// <summary>Purview's RetentionType for a trigger as written (or as Purview names it), or null.</summary>
    public static string? PurviewTrigger(string? trigger) => Find(Triggers, trigger);

    /// <summary>
    /// Purview's RetentionDuration for a period as written: whole days (<c>7 years</c> → <c>2555</c>, <c>18 months</c>
    /// → <c>540</c>, <c>90 days</c>, or a bare number of days) up to <see cref="MaxDays"/>, or <c>Unlimited</c>; null when unreadable.
    /// </summary>
    public static string? PurviewDuration(string? period)
    {
        var text = period?.Trim() ?? "";
        if (text.Equals("Unlimited", StringComparison.OrdinalIgnoreCase) || text.Equals("Forever", StringComparison.OrdinalIgnoreCase))
        {
            return "Unlimited";
        }
        var match = PeriodPattern().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }
        var unit = match.Groups["unit"].Value.ToUpperInvariant();
        long days = unit.StartsWith('Y') ? n * 365L : unit.StartsWith('M') ? n * 30L : unit.StartsWith('W') ? n * 7L : n;
        return days is >= 1 and <= MaxDays ? days.ToString(CultureInfo.InvariantCulture) : null;
    }

    // A value is matched by the text a user sees or by the key it stands for.
    private static string? Find((string Text, string Key)[] entries, string? value)
    {
        var trimmed = value?.Trim();
        foreach (var (text, key) in entries)
        {
            if (string.Equals(text, trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(key, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?<n>\d{1,6})\s*(?<unit>years?|months?|weeks?|days?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
