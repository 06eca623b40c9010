using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// Who covers a vacant role: the people or roles that the Tasks register's <c>Currently Done By</c> names for that
/// role's tasks, in register order, each once, each as the deck's readers may see it.
/// </summary>
internal static class VacancyCover
{
    /// <summary>The line a vacant role's box shows ("Covered by: Ayse Yilmaz and Sales Manager"); null for the others.</summary>
    /// <param name="registers">The registers the deck shows.</param>
    /// <param name="name">A name as the deck's readers may see it: a role of a department hidden from them, or its
    /// holder, is named by its department (<see cref="Filing.Disclosure.Name"/>).</param>
    public static Func<Role, string?> For(RegisterSet registers, Func<string, string> name)
    {
        var words = ChartWords.For(registers.Settings.DocumentLanguage);
        var who = Who(registers, name);
        return role => who(role) is { } names ? words.CoveredBy(names) : null;
    }

    /// <summary>Who covers a vacant role, as that line names them; null for a role that is filled or that nobody covers.</summary>
    public static Func<Role, string?> Who(RegisterSet registers, Func<string, string> name)
    {
        var words = ChartWords.For(registers.Settings.DocumentLanguage);
        var byRole = registers.Tasks
            .Where(t => !string.IsNullOrWhiteSpace(t.Role) && !string.IsNullOrWhiteSpace(t.CurrentlyDoneBy))
            .GroupBy(t => new RegisterName(t.Role))
            .ToDictionary(g => g.Key, g => words.Product.Lists.Series(g.Select(t => new RegisterName(name(t.CurrentlyDoneBy!))).Distinct().Select(n => n.Display)));
        return role => role.IsVacant ? byRole.GetValueOrDefault(role.Title) : null;
    }
}
