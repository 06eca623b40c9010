using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Schema;

/// <summary>
/// The column table of SPEC §2: every register, and every column with its header, JSON key, model property, drop-down,
/// width and length limit, in the order the writer lays them out. The xlsx and JSON readers and writers, the length
/// rule, the drop-downs and the add-in's generated schema all come from here, so a new column is one entry here plus
/// its use (a property on the model item, a tag in a template).
/// </summary>
public static class RegisterSchema
{
    // Declared before the registers: static properties are initialised in the order they are written.
    private static readonly ColumnChoices DepartmentNames = ColumnChoices.NamesOf("Departments", Columns.Department, "DepartmentList");
    private static readonly ColumnChoices RoleNames = ColumnChoices.NamesOf("Roles", Columns.Role, "RoleList");
    private static readonly ColumnChoices ProcessNames = ColumnChoices.NamesOf("Processes", Columns.Process, "ProcessList");

    private const double Wide = 48, Medium = 30, Short = 14, Narrow = 9;

    /// <summary>The Departments register.</summary>
    public static RegisterSheet<Department> Departments { get; } = new("Departments", "departments",
        () => new Department(string.Empty), s => s.Departments, d => d.Row,
        [
            new(Columns.Department, "department", d => d.Name) { Required = true, JsonAlias = "name" },
            new(Columns.Head, "head", d => d.Head) { Choices = RoleNames },
            new(Columns.Access, "access", d => d.Access) { Choices = ColumnChoices.Fixed(AccessLevels.List.Texts), Width = Short },
            new(Columns.Owners, "owners", d => d.Owners, ';') { Width = Medium },
            new(Columns.Members, "members", d => d.Members, ';') { Width = Medium },
            new(Columns.Visitors, "visitors", d => d.Visitors, ';') { Width = Medium },
            new(Columns.Description, "description", d => d.Description) { Width = Wide },
            new(Columns.ApprovedBy, "approvedBy", d => d.ApprovedBy),
        ]);

    /// <summary>The Roles register.</summary>
    public static RegisterSheet<Role> Roles { get; } = new("Roles", "roles",
        () => new Role(string.Empty, string.Empty), s => s.Roles, r => r.Row,
        [
            new(Columns.Role, "role", r => r.Title) { Required = true, JsonAlias = "title" },
            new(Columns.Department, "department", r => r.Department) { Required = true, Choices = DepartmentNames },
            new(Columns.ReportsTo, "reportsTo", r => r.ReportsTo) { Choices = RoleNames },
            new(Columns.Type, "type", r => r.Type) { Choices = ColumnChoices.Fixed(RoleTypes.List.Texts), Width = Short },
            new(Columns.Status, "status", r => r.Status) { Choices = ColumnChoices.Fixed(RoleStatuses.Texts), Width = Short },
            new(Columns.Holder, "holder", r => r.Holder),
            new(Columns.Hours, "hours", r => r.Hours) { Choices = ColumnChoices.Fixed(HoursList.List.Texts), Width = Short },
            new(Columns.Summary, "summary", r => r.Summary) { Width = Wide },
            new(Columns.Qualifications, "qualifications", r => r.Qualifications) { Width = Medium },
            new(Columns.Skills, "skills", r => r.Skills) { Width = Medium },
            new(Columns.Experience, "experience", r => r.Experience) { Width = Medium },
            new(Columns.Location, "location", r => r.Location),
            new(Columns.Grade, "grade", r => r.Grade) { Width = Short },
            new(Columns.Contract, "contract", r => r.Contract) { Width = Short },
        ]);

    /// <summary>The Tasks register.</summary>
    public static RegisterSheet<TaskItem> Tasks { get; } = new("Tasks", "tasks",
        () => new TaskItem(string.Empty, string.Empty, string.Empty), s => s.Tasks, t => t.Row,
        [
            new(Columns.Id, "id", t => t.Id) { Width = Narrow },
            new(Columns.Task, "task", t => t.Task) { Required = true, Width = Wide },
            new(Columns.Department, "department", t => t.Department) { Required = true, Choices = DepartmentNames },
            new(Columns.Role, "role", t => t.Role) { Choices = RoleNames },
            new(Columns.Process, "process", t => t.Process) { Choices = ProcessNames },
            new(Columns.Step, "step", t => t.Step) { Width = Narrow, IsNumber = true },
            new(Columns.Frequency, "frequency", t => t.Frequency) { Choices = ColumnChoices.Fixed(Frequencies.List.Texts), Width = Short },
            new(Columns.Tools, "tools", t => t.Tools, ',') { Width = Medium },
            new(Columns.CurrentlyDoneBy, "currentlyDoneBy", t => t.CurrentlyDoneBy),
        ]);

    /// <summary>The Processes register.</summary>
    public static RegisterSheet<Process> Processes { get; } = new("Processes", "processes",
        () => new Process(string.Empty, string.Empty), s => s.Processes, p => p.Row,
        [
            new(Columns.Process, "process", p => p.Name) { Required = true, JsonAlias = "name" },
            new(Columns.Department, "department", p => p.Department) { Required = true, Choices = DepartmentNames },
            new(Columns.System, "system", p => p.System),
            new(Columns.Owner, "owner", p => p.Owner) { Choices = RoleNames },
            new(Columns.Trigger, "trigger", p => p.Trigger) { Width = Medium },
            new(Columns.Outcome, "outcome", p => p.Outcome) { Width = Medium },
            new(Columns.Kpi, "kpi", p => p.Kpi) { Width = Medium },
            new(Columns.Target, "target", p => p.Target),
            new(Columns.Tools, "tools", p => p.Tools, ',') { Width = Medium },
            new(Columns.ApprovedBy, "approvedBy", p => p.ApprovedBy),
        ]);

    /// <summary>
    /// The optional Organisation sheet: a table with one row (the same kind of table as the registers, so Set up,
    /// drop-downs and cell references work alike). In JSON it is the <c>organisation</c> object.
    /// </summary>
    public static RegisterSheet<OrganisationSettings> Organisation { get; } = new("Organisation", "organisation",
        () => new OrganisationSettings(), s => s.Settings.IsEmpty ? [] : [s.Settings], o => o.Row,
        [
            new(Columns.Name, "name", o => o.Name) { Width = Medium },
            new(Columns.Language, "language", o => o.Language) { Choices = ColumnChoices.Fixed(DocumentLanguages.List.Texts), Width = Short },
            new(Columns.ReviewInterval, "reviewInterval", o => o.ReviewInterval) { Width = 16, IsNumber = true },
            new(Columns.Logo, "logo", o => o.Logo) { Width = Medium },
        ],
        optional: true);

    /// <summary>
    /// The optional Journey register: the customer's stages in row order. A workbook without it makes no blueprint,
    /// no systems map and no journey findings. Lists of register names are separated by <c>;</c>, channels by <c>,</c>.
    /// </summary>
    public static RegisterSheet<JourneyStage> Journey { get; } = new("Journey", "journey",
        () => new JourneyStage(string.Empty, string.Empty), s => s.Journey, j => j.Row,
        [
            new(Columns.Phase, "phase", j => j.Phase) { Width = Short },
            new(Columns.Stage, "stage", j => j.Stage) { Required = true },
            new(Columns.CustomerAction, "customerAction", j => j.CustomerAction) { Width = Medium },
            new(Columns.FrontStage, "frontStage", j => j.FrontStage, ',') { Width = Medium },
            new(Columns.OnStage, "onStage", j => j.OnStage) { Width = Medium },
            new(Columns.OnStageBy, "onStageBy", j => j.OnStageBy, ';'),
            new(Columns.BackStage, "backStage", j => j.BackStage, ';') { Width = Medium },
            new(Columns.PainPoint, "painPoint", j => j.PainPoint) { Width = Medium },
            new(Columns.Kpi, "kpi", j => j.Kpi) { Width = Medium },
        ],
        optional: true);

    /// <summary>
    /// The optional Records register: per row, the retention label that one document type's or one department's
    /// documents get in the library (a department's wins over a type's; both win over configuration), and optionally
    /// the label's retention settings for the Purview file plan.
    /// </summary>
    public static RegisterSheet<RecordsEntry> Records { get; } = new("Records", "records",
        () => new RecordsEntry(string.Empty), s => s.Records, r => r.Row,
        [
            new(Columns.DocumentType, "documentType", r => r.DocumentType) { Choices = ColumnChoices.Fixed(RetentionValues.TypeTexts), Width = 18 },
            new(Columns.Department, "department", r => r.Department) { Choices = DepartmentNames },
            new(Columns.RetentionLabel, "retentionLabel", r => r.RetentionLabel) { Required = true, Width = Medium },
            new(Columns.RetentionPeriod, "retentionPeriod", r => r.RetentionPeriod) { Width = 18 },
            new(Columns.RetentionAction, "retentionAction", r => r.RetentionAction) { Choices = ColumnChoices.Fixed(RetentionValues.ActionTexts), Width = 18 },
            new(Columns.RetentionTrigger, "retentionTrigger", r => r.RetentionTrigger) { Choices = ColumnChoices.Fixed(RetentionValues.TriggerTexts), Width = 20 },
        ],
        optional: true);

    /// <summary>The four registers in workbook order (the order findings are sorted in).</summary>
    public static IReadOnlyList<RegisterSheet> Registers { get; } = [Departments, Roles, Tasks, Processes];

    /// <summary>Every sheet the workbook writer writes, in tab order: the four registers, then Organisation, Journey and Records.</summary>
    public static IReadOnlyList<RegisterSheet> All { get; } = [.. Registers, Organisation, Journey, Records];

    /// <summary>The sheet of that name (case-insensitive), or null.</summary>
    public static RegisterSheet? Find(string? sheet) =>
        All.FirstOrDefault(s => string.Equals(s.Name, sheet, StringComparison.OrdinalIgnoreCase));

    /// <summary>Header texts exactly as the SPEC writes them, for the rules that name a column in a finding.</summary>
    public static class Columns
    {
#pragma warning disable CS1591 // Each constant is its own header text: a summary would only repeat it.
        public const string Department = "Department", Head = "Head", Access = "Access", Owners = "Owners",
            Members = "Members", Visitors = "Visitors", Description = "Description", ApprovedBy = "Approved By";
        public const string Role = "Role", ReportsTo = "Reports To", Type = "Type", Status = "Status", Holder = "Holder",
            Hours = "Hours", Summary = "Summary", Qualifications = "Qualifications", Skills = "Skills",
            Experience = "Experience", Location = "Location", Grade = "Grade", Contract = "Contract";
        public const string Id = "ID", Task = "Task", Process = "Process", Step = "Step", Frequency = "Frequency",
            Tools = "Tools", CurrentlyDoneBy = "Currently Done By";
        public const string System = "System", Owner = "Owner", Trigger = "Trigger", Outcome = "Outcome", Kpi = "KPI",
            Target = "Target";
        public const string Name = "Name", Language = "Language", ReviewInterval = "Review Interval", Logo = "Logo";
        public const string Phase = "Phase", Stage = "Stage", CustomerAction = "Customer Action", FrontStage = "Front Stage",
            OnStage = "On Stage", OnStageBy = "On Stage By", BackStage = "Back Stage", PainPoint = "Pain Point";
        public const string DocumentType = "Document Type", RetentionLabel = "Retention Label", RetentionPeriod = "Retention Period",
            RetentionAction = "Retention Action", RetentionTrigger = "Retention Trigger";
#pragma warning restore CS1591
    }
}
