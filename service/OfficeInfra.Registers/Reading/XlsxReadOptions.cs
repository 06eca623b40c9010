namespace OfficeInfra.Registers.Reading;

/// <summary>
/// How much the xlsx reader agrees to do for one workbook. The defaults sit far above any real register workbook (one
/// of 50,000 tasks has a 20 MB Tasks sheet and 110,000 shared strings) and far below what would exhaust a server; a
/// host may lower them. Going over a limit makes the workbook unreadable, with one sentence naming the limit.
/// </summary>
public sealed record XlsxReadOptions
{
    /// <summary>The defaults below.</summary>
    public static XlsxReadOptions Default { get; } = new();

    /// <summary>
    /// Most bytes one part of the package (a sheet, the shared strings) may inflate to: 256 MiB by default. Checked
    /// against the size the zip directory declares before anything is inflated, and again by counting the bytes as
    /// they are inflated, so that a part whose headers lie cannot get past it either.
    /// </summary>
    public long MaxPartBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Most data rows one register may hold: 250,000 by default (blank rows do not count). Reading stops at the first
    /// row over it.
    /// </summary>
    public int MaxRowsPerRegister { get; init; } = 250_000;

    /// <summary>Most texts the workbook's shared string table may hold: 2,000,000 by default.</summary>
    public int MaxSharedStrings { get; init; } = 2_000_000;

    /// <summary>
    /// Most characters one cell may hold before the workbook is refused: 8,388,608 by default. Excel's own limit of
    /// 32,767 is the rules' business (a <c>text-too-long</c> finding); this one only keeps a hostile file from filling
    /// memory with one cell.
    /// </summary>
    public int MaxCellCharacters { get; init; } = 8 * 1024 * 1024;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPartBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRowsPerRegister);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxSharedStrings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxCellCharacters);
    }
}
