using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Reading;

namespace OfficeInfra.Service.Shared;

/// <summary>A finding as the CLI's <c>--json</c> and the HTTP API show it: SPEC §2's fields plus the cell to go to.</summary>
/// <param name="Cell">Where to look, such as <c>Tasks!C14</c>.</param>
internal sealed record FindingView(Severity Severity, string Code, string Sheet, int? Row, string? Column, string Message, string Cell)
{
    /// <summary>Views every finding, with cells placed by <paramref name="layout"/> when the registers came from a workbook.</summary>
    public static IReadOnlyList<FindingView> From(IEnumerable<Finding> findings, RegisterLayout? layout = null) =>
        findings.Select(f => new FindingView(f.Severity, f.Code, f.Sheet, f.Row, f.Column, f.Message, CellReference.For(f, layout))).ToList();
}
