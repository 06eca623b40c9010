namespace OfficeInfra.Registers.Schema;

/// <summary>
/// The sheet names and column headers of SPEC §2, in the order the writer lays them out. The reader matches headers
/// against these case-insensitively; <see cref="Findings.CellReference"/> uses the order when it knows no better.
/// </summary>
public static class RegisterSchema
{
    /// <summary>The Departments sheet and its columns.</summary>
    public static RegisterSheet Departments { get; } = new("Departments",
        [Columns.Department, Columns.Head, Columns.Access, Columns.Owners, Columns.Members, Columns.Visitors,
         Columns.Description]);

    /// <summary>The Roles sheet and its columns.</summary>
    public static RegisterSheet Roles { get; } = new("Roles",
        [Columns.Role, Columns.Department, Columns.ReportsTo, Columns.Type, Columns.Status, Columns.Holder,
         Columns.Hours, Columns.Summary]);

    /// <summary>The Tasks sheet and its columns.</summary>
    public static RegisterSheet Tasks { get; } = new("Tasks",
        [Columns.Id, Columns.Task, Columns.Department, Columns.Role, Columns.Process, Columns.Step, Columns.Frequency,
         Columns.Tools, Columns.CurrentlyDoneBy]);

    /// <summary>The Processes sheet and its columns.</summary>
    public static RegisterSheet Processes { get; } = new("Processes",
        [Columns.Process, Columns.Department, Columns.System, Columns.Owner, Columns.Trigger, Columns.Outcome,
         Columns.Kpi, Columns.Target, Columns.Tools]);

    /// <summary>The four registers in workbook order (the order findings are sorted in).</summary>
    public static IReadOnlyList<RegisterSheet> All { get; } = [Departments, Roles, Tasks, Processes];

    /// <summary>The register of that sheet name (case-insensitive), or null.</summary>
    public static RegisterSheet? Find(string? sheet) =>
        All.FirstOrDefault(s => string.Equals(s.Name, sheet, StringComparison.OrdinalIgnoreCase));

    /// <summary>Header texts exactly as the SPEC writes them.</summary>
    public static class Columns
    {
        /// <summary>Department.</summary>
        public const string Department = "Department";
        /// <summary>Head.</summary>
        public const string Head = "Head";
        /// <summary>Access.</summary>
        public const string Access = "Access";
        /// <summary>Owners.</summary>
        public const string Owners = "Owners";
        /// <summary>Members.</summary>
        public const string Members = "Members";
        /// <summary>Visitors.</summary>
        public const string Visitors = "Visitors";
        /// <summary>Description.</summary>
        public const string Description = "Description";
        /// <summary>Role.</summary>
        public const string Role = "Role";
        /// <summary>Reports To.</summary>
        public const string ReportsTo = "Reports To";
        /// <summary>Type.</summary>
        public const string Type = "Type";
        /// <summary>Status.</summary>
        public const string Status = "Status";
        /// <summary>Holder.</summary>
        public const string Holder = "Holder";
        /// <summary>Hours.</summary>
        public const string Hours = "Hours";
        /// <summary>Summary.</summary>
        public const string Summary = "Summary";
        /// <summary>ID.</summary>
        public const string Id = "ID";
        /// <summary>Task.</summary>
        public const string Task = "Task";
        /// <summary>Process.</summary>
        public const string Process = "Process";
        /// <summary>Step.</summary>
        public const string Step = "Step";
        /// <summary>Frequency.</summary>
        public const string Frequency = "Frequency";
        /// <summary>Tools.</summary>
        public const string Tools = "Tools";
        /// <summary>Currently Done By.</summary>
        public const string CurrentlyDoneBy = "Currently Done By";
        /// <summary>System.</summary>
        public const string System = "System";
        /// <summary>Owner.</summary>
        public const string Owner = "Owner";
        /// <summary>Trigger.</summary>
        public const string Trigger = "Trigger";
        /// <summary>Outcome.</summary>
        public const string Outcome = "Outcome";
        /// <summary>KPI.</summary>
        public const string Kpi = "KPI";
        /// <summary>Target.</summary>
        public const string Target = "Target";
    }
}
