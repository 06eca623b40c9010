namespace OfficeInfra.Registers.Model;

/// <summary>
/// The four registers of one organisation, as read from a workbook or JSON. Plain, immutable data:
/// values are kept as written (trimmed); the rules decide whether they are valid.
/// </summary>
/// <param name="Organisation">The organisation's name (workbook title), used in document headers; may be empty.</param>
public sealed record RegisterSet(
    string Organisation,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<TaskItem> Tasks,
    IReadOnlyList<Process> Processes)
{
    /// <summary>An organisation with no entries at all.</summary>
    public static RegisterSet Empty { get; } = new(string.Empty, [], [], [], []);
}
