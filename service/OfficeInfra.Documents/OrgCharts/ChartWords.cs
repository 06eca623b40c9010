using System.Globalization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// Every fixed English word the org charts print, in one place, so that the charts can be translated later
/// (issue 22) by giving this one table another language.
/// </summary>
internal static class ChartWords
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public const string DefaultOrganisation = "Organisation";
    public const string OrganisationChart = "Organisation chart";
    public const string WholeOrganisation = "Whole organisation";
    public const string Contents = "Contents";
    public const string Overview = "Overview";
    public const string Summary = "Summary";
    public const string Vacant = "Vacant";
    public const string Total = "Total";
    public const string NoRolesYet = "No roles in this department yet.";
    public const string LegendHeading = "Role type:";
    public const string LegendVacant = "Vacant role (red outline and title)";
    public const string NoTasksYet = "No tasks are assigned to roles yet.";
    public const string Separator = " › ";

    public static readonly string[] SummaryHeaders = ["Department", "Roles", "Vacant", "Tasks", "Tasks per role"];

    public static string AsOf(DateOnly date) => "As of " + date.ToString("d MMMM yyyy", Culture);

    public static string Roles(int n) => n == 1 ? "1 role" : string.Create(Culture, $"{n} roles");

    public static string Departments(int n) => n == 1 ? "1 department" : string.Create(Culture, $"{n} departments");

    public static string RolesInDepartments(int roles, int departments, int vacant) =>
        string.Create(Culture, $"{Roles(roles)} in {Departments(departments)}, {vacant} vacant");

    public static string RolesVacant(int roles, int vacant) => string.Create(Culture, $"{Roles(roles)}, {vacant} vacant");

    /// <summary>A "continued" box: "+27 roles · slide 14".</summary>
    public static string MoreRoles(int roles, int slide) => string.Create(Culture, $"+{Roles(roles)} · slide {slide}");

    public static string MoreRolesDescription(int roles, int slide, string title) =>
        string.Create(Culture, $"{Roles(roles)} more continue on slide {slide}: {title}");

    public static string ContinuedFrom(int slide, string title) => string.Create(Culture, $"‹ Continued from slide {slide}: {title}");

    public static string AndMore(string first, int more) => more == 0 ? first : string.Create(Culture, $"{first} and {more} more");

    public static string ReportsTo(string manager) => $"Reports to {manager}";

    public static string CoveredBy(string who) => $"Covered by: {who}";

    public static string IndexEntry(string title, int roles, int slide) => string.Create(Culture, $"{title} · {Roles(roles)} · slide {slide}");

    /// <summary>On the head of a Confidential or Restricted department in the organisation deck.</summary>
    public static string HiddenDetail(int roles, string access) =>
        string.Create(Culture, $"+{Roles(roles)} ({access})");

    public static string MostTasks(IEnumerable<(string Title, int Tasks)> busiest) =>
        "Most tasks per role: " + string.Join(", ", busiest.Select(b => string.Create(Culture, $"{b.Title} ({b.Tasks})"))) + ".";

    public static string WithoutTasks(int n) => string.Create(Culture, $" Roles without tasks: {n}.");

    /// <summary>The letter in a role's badge, so that its type reads without colour.</summary>
    public static string TypeLetter(RoleType type) => type switch
    {
        RoleType.Employee => "E",
        RoleType.Outsourced => "O",
        RoleType.Freelancer => "F",
        RoleType.Intern => "I",
        _ => "V",
    };

    public static string BoxDescription(string title, string holder, string type) => $"{title}: {holder} ({type})";

    public static string LineDescription(string manager, string report) => $"{report} reports to {manager}";
}
