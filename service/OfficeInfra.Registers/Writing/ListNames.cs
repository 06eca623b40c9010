using DocumentFormat.OpenXml.Spreadsheet;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Writing;

/// <summary>
/// The drop-down lists of the workbook. Lists of other registers go through defined names that point at table
/// columns (<c>Roles[Role]</c>), so a role added to the table appears in every Role drop-down at once; Excel does
/// not accept a structured reference directly in a data validation, but it does accept a name that holds one.
/// </summary>
internal static class ListNames
{
    public const string DepartmentList = "DepartmentList";
    public const string RoleList = "RoleList";
    public const string ProcessList = "ProcessList";

    public static DefinedNames DefinedNames() => new(
        new DefinedName($"{RegisterSchema.Departments.Name}[{C.Department}]") { Name = DepartmentList },
        new DefinedName($"{RegisterSchema.Processes.Name}[{C.Process}]") { Name = ProcessList },
        new DefinedName($"{RegisterSchema.Roles.Name}[{C.Role}]") { Name = RoleList });

    /// <summary>The list formula of a column of a register, or null when the column is free text.</summary>
    public static string? For(RegisterSheet register, string column) => (register.Name, column) switch
    {
        (_, C.Access) => Fixed(Model.AccessLevels.List.Texts),
        (_, C.Type) => Fixed(Model.RoleTypes.List.Texts),
        (_, C.Status) => Fixed(Model.RoleStatuses.Texts),
        (_, C.Hours) => Fixed(Model.HoursList.List.Texts),
        (_, C.Frequency) => Fixed(Model.Frequencies.List.Texts),
        ("Departments", C.Department) or ("Roles", C.Role) or ("Processes", C.Process) => null,
        (_, C.Department) => DepartmentList,
        (_, C.Head) or (_, C.ReportsTo) or (_, C.Owner) or ("Tasks", C.Role) => RoleList,
        ("Tasks", C.Process) => ProcessList,
        _ => null,
    };

    private static string Fixed(IReadOnlyList<string> texts) => "\"" + string.Join(",", texts) + "\"";
}
