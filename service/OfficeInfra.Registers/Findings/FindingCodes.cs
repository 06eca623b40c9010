namespace OfficeInfra.Registers.Findings;

/// <summary>The stable codes of every finding the rules produce. Hosts and the add-in may rely on them.</summary>
public static class FindingCodes
{
    // Errors: they block generation and publishing.

    /// <summary>A required cell (Department, Role, Task, Process, or a row's Department) is empty.</summary>
    public const string MissingValue = "missing-value";
    /// <summary>A Department cell names a department that is not in the Departments register.</summary>
    public const string UnknownDepartment = "unknown-department";
    /// <summary>A Head, Reports To, Owner or task Role names a role that is not in the Roles register.</summary>
    public const string UnknownRole = "unknown-role";
    /// <summary>A task's Process names a process that is not in the Processes register.</summary>
    public const string UnknownProcess = "unknown-process";
    /// <summary>Two departments share a name (ignoring case).</summary>
    public const string DuplicateDepartment = "duplicate-department";
    /// <summary>Two roles share a title (ignoring case).</summary>
    public const string DuplicateRole = "duplicate-role";
    /// <summary>Two processes share a name (ignoring case).</summary>
    public const string DuplicateProcess = "duplicate-process";
    /// <summary>Two tasks share an ID, so the ID no longer identifies one task.</summary>
    public const string DuplicateTaskId = "duplicate-task-id";
    /// <summary>Roles report to each other in a circle; the message names every role on it.</summary>
    public const string ReportingCycle = "reporting-cycle";
    /// <summary>Access is not Public, Internal, Confidential or Restricted.</summary>
    public const string UnknownAccess = "unknown-access";
    /// <summary>Type is not Employee, Outsourced, Freelancer, Intern or Volunteer.</summary>
    public const string UnknownType = "unknown-type";
    /// <summary>Status is not Filled or Vacant.</summary>
    public const string UnknownStatus = "unknown-status";
    /// <summary>Hours is not Full-time or Part-time.</summary>
    public const string UnknownHours = "unknown-hours";
    /// <summary>Frequency is not Daily, Weekly, Monthly, Quarterly, Yearly or As needed.</summary>
    public const string UnknownFrequency = "unknown-frequency";
    /// <summary>The Organisation sheet's Language is not en, tr or zh-Hans, so the documents' language is unknown.</summary>
    public const string UnknownLanguage = "unknown-language";
    /// <summary>The Organisation sheet's Review Interval is not a whole number of months from 1 to 120.</summary>
    public const string InvalidReviewInterval = "invalid-review-interval";
    /// <summary>A Journey stage's On Stage By names something that is neither a department nor a role.</summary>
    public const string UnknownDepartmentOrRole = "unknown-department-or-role";
    /// <summary>A cell holds more than 32,767 characters, more than Excel can keep in one cell.</summary>
    public const string TextTooLong = "text-too-long";
    /// <summary>A Records row's Document Type is not one of the library's document types.</summary>
    public const string UnknownDocumentType = "unknown-document-type";
    /// <summary>A Records row names neither a document type nor a department, or both, so it is unclear what it labels.</summary>
    public const string RecordsRowScope = "records-row-scope";
    /// <summary>Two Records rows give a label to the same document type or the same department.</summary>
    public const string DuplicateRecordsRow = "duplicate-records-row";
    /// <summary>A Records row's Retention Period is not a number of years, months, weeks or days (at most 100 years) or Unlimited.</summary>
    public const string InvalidRetentionPeriod = "invalid-retention-period";
    /// <summary>A Records row's Retention Action is not Keep, Delete or Keep and delete.</summary>
    public const string UnknownRetentionAction = "unknown-retention-action";
    /// <summary>A Records row's Retention Trigger is not When created, When last modified or When labelled.</summary>
    public const string UnknownRetentionTrigger = "unknown-retention-trigger";
    /// <summary>A Records row gives some of Retention Period, Action and Trigger but not all three, as Purview needs them together.</summary>
    public const string IncompleteRetention = "incomplete-retention";
    /// <summary>Two Records rows give one retention label different retention settings.</summary>
    public const string ConflictingRetention = "conflicting-retention";

    // Warnings: worth fixing, never blocking.

    /// <summary>More than nine departments (the method advises seven plus or minus two).</summary>
    public const string TooManyDepartments = "too-many-departments";
    /// <summary>A task names no role, so it appears in no job description.</summary>
    public const string TaskWithoutRole = "task-without-role";
    /// <summary>A task repeats another of its department, ignoring case, spacing and punctuation.</summary>
    public const string DuplicateTask = "duplicate-task";
    /// <summary>A task nearly repeats another of its department (differs by a word or two).</summary>
    public const string SimilarTask = "similar-task";
    /// <summary>A role is vacant.</summary>
    public const string VacantRole = "vacant-role";
    /// <summary>A process's steps skip a number.</summary>
    public const string StepGap = "step-gap";
    /// <summary>Two tasks of a process share a step number.</summary>
    public const string StepRepeated = "step-repeated";
    /// <summary>A Step cell holds something other than a number.</summary>
    public const string StepNotANumber = "step-not-a-number";
    /// <summary>No task belongs to a department.</summary>
    public const string DepartmentWithoutTasks = "department-without-tasks";
    /// <summary>No task names a role.</summary>
    public const string RoleWithoutTasks = "role-without-tasks";
    /// <summary>A Journey stage names no back-stage process.</summary>
    public const string StageWithoutBackStage = "stage-without-back-stage";
    /// <summary>A process the journey names belongs to no core business system (its System is empty).</summary>
    public const string ProcessWithoutSystem = "process-without-system";
    /// <summary>The processes name more than nine core business systems (journey only).</summary>
    public const string TooManySystems = "too-many-systems";
    /// <summary>A stage served by several departments that share none of its back-stage processes.</summary>
    public const string SiloStage = "silo-stage";
    /// <summary>A department that appears nowhere in the journey, neither on stage nor back stage.</summary>
    public const string DepartmentOffJourney = "department-off-journey";
    /// <summary>A process the journey names (it touches the customer) has no KPI.</summary>
    public const string CustomerProcessWithoutKpi = "customer-process-without-kpi";
    /// <summary>A process states no KPI, so its SOP and the job descriptions of its roles cannot say how it is measured.</summary>
    public const string KpiNotSet = "kpi-not-set";
    /// <summary>A Records row's label name has characters other than letters, digits, hyphens and spaces, or more than 64 of
    /// them, which Purview's file plan import refuses (a label made in the portal may still carry it).</summary>
    public const string LabelNameNotImportable = "label-name-not-importable";
    /// <summary>The person specification columns are in use but a role's are all blank, so its job description has none.</summary>
    public const string PersonSpecificationMissing = "person-specification-missing";
}
