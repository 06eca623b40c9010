namespace OfficeInfra.Registers.Model;

/// <summary>
/// The values of one fixed list as a user writes them (e.g. "Full-time", "As needed"), matched case-insensitively
/// and ignoring surrounding spaces.
/// </summary>
public sealed class FixedList<T> where T : struct, Enum
{
    private readonly (string Text, T Value)[] _entries;

    internal FixedList(params (string Text, T Value)[] entries) => _entries = entries;

    /// <summary>The values in the order a drop-down list shows them.</summary>
    public IReadOnlyList<string> Texts => _entries.Select(e => e.Text).ToArray();

    /// <summary>True when <paramref name="text"/> names a value of the list.</summary>
    public bool TryParse(string? text, out T value)
    {
        var trimmed = text?.Trim();
        foreach (var (entryText, entryValue) in _entries)
        {
            if (string.Equals(entryText, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = entryValue;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The text a user sees for <paramref name="value"/>.</summary>
    public string TextOf(T value) => _entries.First(e => EqualityComparer<T>.Default.Equals(e.Value, value)).Text;
}

/// <summary>The Access list.</summary>
public static class AccessLevels
{
    /// <summary>Public, Internal, Confidential, Restricted.</summary>
    public static FixedList<AccessLevel> List { get; } = new(
        ("Public", AccessLevel.Public), ("Internal", AccessLevel.Internal),
        ("Confidential", AccessLevel.Confidential), ("Restricted", AccessLevel.Restricted));

    /// <inheritdoc cref="FixedList{T}.TryParse"/>
    public static bool TryParse(string? text, out AccessLevel value) => List.TryParse(text, out value);
}

/// <summary>The Type list of roles.</summary>
public static class RoleTypes
{
    /// <summary>Employee, Outsourced, Freelancer, Intern, Volunteer.</summary>
    public static FixedList<RoleType> List { get; } = new(
        ("Employee", RoleType.Employee), ("Outsourced", RoleType.Outsourced), ("Freelancer", RoleType.Freelancer),
        ("Intern", RoleType.Intern), ("Volunteer", RoleType.Volunteer));

    /// <inheritdoc cref="FixedList{T}.TryParse"/>
    public static bool TryParse(string? text, out RoleType value) => List.TryParse(text, out value);
}

/// <summary>The Status list of roles (Filled, Vacant).</summary>
public static class RoleStatuses
{
    /// <summary>Filled, Vacant.</summary>
    public static IReadOnlyList<string> Texts { get; } = ["Filled", "Vacant"];
}

/// <summary>The Hours list.</summary>
public static class HoursList
{
    /// <summary>Full-time, Part-time.</summary>
    public static FixedList<Hours> List { get; } = new(("Full-time", Hours.FullTime), ("Part-time", Hours.PartTime));
}

/// <summary>The Frequency list.</summary>
public static class Frequencies
{
    /// <summary>Daily … As needed.</summary>
    public static FixedList<Frequency> List { get; } = new(
        ("Daily", Frequency.Daily), ("Weekly", Frequency.Weekly), ("Monthly", Frequency.Monthly),
        ("Quarterly", Frequency.Quarterly), ("Yearly", Frequency.Yearly), ("As needed", Frequency.AsNeeded));
}
