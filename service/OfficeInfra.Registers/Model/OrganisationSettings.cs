using System.Globalization;

namespace OfficeInfra.Registers.Model;

/// <summary>
/// The optional Organisation sheet (SPEC §2): one row of settings that apply to the whole organisation. Values are
/// kept as written (trimmed); the rules report a language or review interval they cannot use.
/// </summary>
/// <param name="Name">The organisation's name as the sheet gives it; see <see cref="RegisterSet.Organisation"/>.</param>
/// <param name="Language">The documents' language as written: <c>en</c>, <c>tr</c> or <c>zh-Hans</c>; empty means <c>en</c>.</param>
/// <param name="ReviewInterval">Months between a document's effective date and its review date, as written; empty means 12.</param>
/// <param name="Logo">Where the organisation's logo is (a file name or URL), as written.</param>
/// <param name="Row">The worksheet row it came from (1-based), when known.</param>
public sealed record OrganisationSettings(
    string? Name = null,
    string? Language = null,
    string? ReviewInterval = null,
    string? Logo = null,
    int? Row = null)
{
    /// <summary>The review interval when the sheet gives none.</summary>
    public const int DefaultReviewMonths = 12;

    /// <summary>The most months a review interval may be (ten years).</summary>
    public const int MaxReviewMonths = 120;

    /// <summary>No settings: every value takes its default.</summary>
    public static OrganisationSettings None { get; } = new();

    /// <summary>The parsed language; English when empty or unknown (an unknown value is an error finding).</summary>
    public DocumentLanguage DocumentLanguage => DocumentLanguages.List.TryParse(Language, out var language) ? language : DocumentLanguage.English;

    /// <summary>The review interval in months; <see cref="DefaultReviewMonths"/> when empty or unusable (an error finding).</summary>
    public int ReviewMonths => TryParseMonths(ReviewInterval, out var months) ? months : DefaultReviewMonths;

    /// <summary>True when nothing at all is set (the sheet is absent or its row blank).</summary>
    public bool IsEmpty => this with { Row = null } == None;

    /// <summary>True when <paramref name="text"/> is a whole number of months from 1 to <see cref="MaxReviewMonths"/>.</summary>
    public static bool TryParseMonths(string? text, out int months) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out months) && months is >= 1 and <= MaxReviewMonths;
}
