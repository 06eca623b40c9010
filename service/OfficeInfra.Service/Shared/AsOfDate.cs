using System.Globalization;

namespace OfficeInfra.Service.Shared;

/// <summary>The date printed in generated documents: given as YYYY-MM-DD so runs can be repeated byte for byte.</summary>
internal static class AsOfDate
{
    /// <summary>Parses YYYY-MM-DD exactly; null when <paramref name="text"/> is not such a date.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Today in UTC, the default when no date is given.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}
