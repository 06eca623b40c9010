using System.Globalization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Wording;

/// <summary>
/// Every word the product itself writes into a document (not the registers' own text), in one language. The
/// organisation's language (Organisation sheet) chooses the instance: <see cref="For"/>. Each language is written as
/// an HR professional of that language writes, not translated word for word.
/// </summary>
public sealed partial record ProductWords
{
    /// <summary>The BCP 47 tag of the language (<c>en</c>, <c>tr</c>, <c>zh-Hans</c>).</summary>
    public required string Tag { get; init; }

    /// <summary>The culture whose month names and number formats the documents use.</summary>
    public required CultureInfo Culture { get; init; }

    /// <summary>How the language joins names and numbers into a sentence ("2, 3", "2、3").</summary>
    public required ListJoiner Lists { get; init; }

    /// <summary>The long date pattern of the language (<c>d MMMM yyyy</c>, <c>yyyy年M月d日</c>).</summary>
    public required string DatePattern { get; init; }

    /// <summary>The group of a job description that holds tasks outside any process.</summary>
    public required string OtherResponsibilities { get; init; }

    /// <summary>Role types as printed.</summary>
    public required IReadOnlyDictionary<RoleType, string> RoleTypes { get; init; }

    /// <summary>Full-time, Part-time as printed.</summary>
    public required IReadOnlyDictionary<Hours, string> Hours { get; init; }

    /// <summary>Frequencies as printed.</summary>
    public required IReadOnlyDictionary<Frequency, string> Frequencies { get; init; }

    /// <summary>A role's status: filled.</summary>
    public required string Filled { get; init; }

    /// <summary>A role's status: vacant.</summary>
    public required string Vacant { get; init; }

    /// <summary>Access levels as printed ("Restricted", "Kısıtlı", "受限").</summary>
    public required IReadOnlyDictionary<AccessLevel, string> AccessLevels { get; init; }

    /// <summary>
    /// What a document says instead of a role of a department hidden from its readers (<see cref="Filing.Disclosure"/>):
    /// the department and its access level, "Human Resources (Restricted)".
    /// </summary>
    public string HiddenRole(string department, AccessLevel access) =>
        Tag == "zh-Hans" ? $"{department}（{AccessLevels[access]}）" : $"{department} ({AccessLevels[access]})";

    /// <summary>The document type of each role type's document and of an SOP (Office's Subject property).</summary>
    public required IReadOnlyDictionary<RoleType, string> RoleDocumentTypes { get; init; }

    /// <summary>The document type of an SOP.</summary>
    public required string SopDocumentType { get; init; }

    /// <summary>An SOP's purpose from its process's outcome and trigger (either may be empty).</summary>
    public required Func<string, string, string, string> SopPurpose { get; init; }

    /// <summary>
    /// What a role does in a process, for a job description's measures, from whether it owns the process and the step
    /// numbers it carries out: "Process owner; steps 1 and 6", "Step 3", "3. adım", "第1、6步".
    /// </summary>
    public required Func<bool, IReadOnlyList<string>, string> PartPlayed { get; init; }

    /// <summary>The revision history's fixed rows (first issue, first controlled version, layout updated, template
    /// changed) in this language, keyed by the English the records keep.</summary>
    public required IReadOnlyDictionary<string, string> HistoryRows { get; init; }

    /// <summary>A revision history row as printed: the product's fixed rows in this language, others as recorded.</summary>
    public string HistoryRow(string change) => HistoryRows.GetValueOrDefault(change, change);

    /// <summary>The words of the given language (English for an unknown one).</summary>
    public static ProductWords For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => English,
    };

    /// <summary>The words of the language with the given tag (a model's <c>language</c>); English for an unknown one.</summary>
    public static ProductWords ForTag(string? tag) =>
        DocumentLanguages.List.TryParse(tag, out var language) ? For(language) : English;

    /// <summary>A date in the language's long form.</summary>
    public string Date(DateOnly date) => date.ToString(DatePattern, Culture);

    /// <summary>A frequency as written in the registers, printed in this language when it is one of the list's.</summary>
    public string FrequencyOf(string? text) =>
        Registers.Model.Frequencies.List.TryParse(text, out var f) ? Frequencies[f] : text?.Trim() ?? string.Empty;

    /// <summary>Hours as written in the registers, printed in this language when it is one of the list's.</summary>
    public string HoursOf(string? text) =>
        HoursList.List.TryParse(text, out var h) ? Hours[h] : text?.Trim() ?? string.Empty;

    /// <summary>A word as it reads after the first item of a list: "As needed" in "Monthly, as needed".</summary>
    public string InList(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) ? char.ToLower(word[0], Culture) + word[1..] : word;

    /// <summary>A sentence's text without the full stop it ends with (the registers' triggers and outcomes are sentences).</summary>
    public static string Clause(string text) => text.Trim().TrimEnd('.', '。', ' ');
}
