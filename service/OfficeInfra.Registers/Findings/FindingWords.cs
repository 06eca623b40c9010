using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Findings;

/// <summary>
/// Every sentence the rules write into a finding, and the words <c>validate</c> prints around them, in one language.
/// The organisation's language (the Organisation sheet) chooses the instance, as it chooses the documents' words; the
/// registers' own names, sheet names and column headers are quoted as written. Each language is written as a user
/// of that language reads a form's error messages, not translated word for word.
/// </summary>
public sealed partial record FindingWords
{
    /// <summary>The BCP 47 tag of the language.</summary>
    public required string Tag { get; init; }

    /// <summary>A name from the registers quoted inside a sentence.</summary>
    public required Func<string, string> Quote { get; init; }

    /// <summary>(names): "A, B and C".</summary>
    public required Func<IReadOnlyList<string>, string> And { get; init; }

    /// <summary>(values): "A, B or C".</summary>
    public required Func<IReadOnlyList<string>, string> Or { get; init; }

    /// <summary>(subject, name as shown, or null when blank): what a sentence is about, a department, role, task, process, journey stage or task ID,
    /// or the row's when the name is blank.</summary>
    public required Func<Subject, string?, string> Named { get; init; }

    /// <summary>The organisation (the Organisation sheet) as a sentence's subject.</summary>
    public required string Organisation { get; init; }

    /// <summary>(subject, column): a required cell is empty.</summary>
    public required Func<string, string, string> MissingValue { get; init; }

    /// <summary>(subject, relation, column, name, register): a reference to a name the register does not hold.</summary>
    public required Func<string, Relation, string, string, string, string> UnknownReference { get; init; }

    /// <summary>(subject, column, value, allowed values): a value that is not one of a fixed list.</summary>
    public required Func<string, string, string, string, string> NotListed { get; init; }

    /// <summary>(subject, row of the first, when known): a name listed twice.</summary>
    public required Func<string, int?, string> ListedTwice { get; init; }

    /// <summary>(limit): more departments than the method advises.</summary>
    public required Func<int, string> TooManyDepartments { get; init; }

    /// <summary>(subject): a department with no tasks.</summary>
    public required Func<string, string> DepartmentWithoutTasks { get; init; }

    /// <summary>(subject): a process without a KPI.</summary>
    public required Func<string, string> KpiNotSet { get; init; }

    /// <summary>(subject): a vacant role.</summary>
    public required Func<string, string> VacantRole { get; init; }

    /// <summary>(subject): a role with no person specification where the columns exist.</summary>
    public required Func<string, string> PersonSpecificationMissing { get; init; }

    /// <summary>(subject): a role with no tasks.</summary>
    public required Func<string, string> RoleWithoutTasks { get; init; }

    /// <summary>(role): a role that reports to itself.</summary>
    public required Func<string, string> ReportsToItself { get; init; }

    /// <summary>(quoted roles joined, chain "A → B → A"): roles reporting to each other in a circle.</summary>
    public required Func<string, string, string> ReportingCycle { get; init; }

    /// <summary>(subject): a task with no role.</summary>
    public required Func<string, string> TaskWithoutRole { get; init; }

    /// <summary>(subject, step as written): a step that is not a number.</summary>
    public required Func<string, string, string> StepNotANumber { get; init; }

    /// <summary>(task, earlier task, where the earlier is, department, nearly): a task that repeats, or nearly
    /// repeats, another of its department.</summary>
    public required Func<string, string, string, string, bool, string> DuplicateTask { get; init; }

    /// <summary>(process, step, task, other task, where the other is): two tasks share a step number.</summary>
    public required Func<string, decimal, string, string, string, string> StepRepeated { get; init; }

    /// <summary>(process, first step): steps that do not start at 1.</summary>
    public required Func<string, decimal, string> StepStart { get; init; }

    /// <summary>(process, previous step, next step): steps that skip numbers.</summary>
    public required Func<string, decimal, decimal, string> StepGap { get; init; }

    /// <summary>(row, or null; task ID): where an earlier row is, for sentences that point back at it.</summary>
    public required Func<int?, string, string> Where { get; init; }

    /// <summary>(value): a review interval that is not a whole number of months from 1 to the most.</summary>
    public required Func<string, int, string> InvalidReviewInterval { get; init; }

    /// <summary>(column, row or null, length, most): a cell over Excel's limit.</summary>
    public required Func<string, int?, long, int, string> TextTooLong { get; init; }

    /// <summary>(stage subject, name): an On Stage By name that is neither a department nor a role.</summary>
    public required Func<string, string, string> UnknownDepartmentOrRole { get; init; }

    /// <summary>(stage subject): a stage with no back-stage process.</summary>
    public required Func<string, string> StageWithoutBackStage { get; init; }

    /// <summary>(process): a journey process with no core business system.</summary>
    public required Func<string, string> ProcessWithoutSystem { get; init; }

    /// <summary>(how many): more core business systems than the method advises.</summary>
    public required Func<int, string> TooManySystems { get; init; }

    /// <summary>(stage, departments joined): a stage served by departments sharing none of its processes.</summary>
    public required Func<string, string, string> SiloStage { get; init; }

    /// <summary>(department): a department nowhere in the journey.</summary>
    public required Func<string, string> DepartmentOffJourney { get; init; }

    /// <summary>(process): a journey process without a KPI.</summary>
    public required Func<string, string> CustomerProcessWithoutKpi { get; init; }

    /// <summary>How <c>validate</c> labels each severity.</summary>
    public required IReadOnlyDictionary<Severity, string> Severities { get; init; }

    /// <summary>(errors, warnings): the counts line ("1 error, 2 warnings"; "no problems").</summary>
    public required Func<int, int, string> Counts { get; init; }

    /// <summary>The full stop that ends a sentence before the next (with its space where the language puts one).</summary>
    public required string FullStop { get; init; }

    /// <summary>What <c>validate</c> says after the counts when there are errors.</summary>
    public required string ErrorsBlock { get; init; }

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static FindingWords For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => English,
    };

    /// <summary>The words of the registers' own language (the Organisation sheet's; English when it names none we know).</summary>
    public static FindingWords Of(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return For(registers.Settings.DocumentLanguage);
    }
}

/// <summary>What a finding's sentence is about.</summary>
public enum Subject { Department, Role, Task, Process, Stage, TaskId }

/// <summary>How a row refers to a name in another register (English says it with a verb; other languages name the column).</summary>
public enum Relation { HeadedBy, BelongsToDepartment, ReportsTo, OwnedBy, GivenToRole, BelongsToProcess, SupportedByProcess, LabelsDepartment }
