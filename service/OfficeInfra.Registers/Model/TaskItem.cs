namespace OfficeInfra.Registers.Model;

/// <summary>A row of the Tasks register (named TaskItem to stay clear of System.Threading.Tasks.Task).</summary>
/// <param name="Id">Stable id; the readers generate one (T0001, …) when the column is absent or empty.</param>
/// <param name="Step">As written; see <see cref="StepNumber"/>.</param>
/// <param name="Tools">Comma-separated in the workbook; split and trimmed here.</param>
public sealed record TaskItem(
    string Id,
    string Task,
    string Department,
    string? Role = null,
    string? Process = null,
    string? Step = null,
    string? Frequency = null,
    IReadOnlyList<string>? Tools = null,
    string? CurrentlyDoneBy = null,
    int? Row = null)
{
    /// <summary>Tools used (never null).</summary>
    public IReadOnlyList<string> Tools { get; init; } = Tools ?? [];

    /// <summary>The step as a number, or null when empty or not a number.</summary>
    public decimal? StepNumber => decimal.TryParse(Step, System.Globalization.NumberStyles.Number,
        System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
