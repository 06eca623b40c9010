namespace OfficeInfra.Registers.Findings;

/// <summary>How serious a finding is: errors block generation and publishing, warnings never do.</summary>
public enum Severity { Error, Warning }

/// <summary>One thing the rules noticed about the registers, pointing at a cell.</summary>
/// <param name="Code">Stable, kebab-case (e.g. <c>unknown-department</c>); see <see cref="FindingCodes"/>.</param>
/// <param name="Sheet">Register sheet name: Departments, Roles, Tasks or Processes.</param>
/// <param name="Row">Worksheet row (1-based), when known.</param>
/// <param name="Column">Column header text (e.g. "Reports To"), when the finding is about one cell.</param>
/// <param name="Message">One sentence a non-programmer understands.</param>
public sealed record Finding(Severity Severity, string Code, string Sheet, int? Row, string? Column, string Message);
