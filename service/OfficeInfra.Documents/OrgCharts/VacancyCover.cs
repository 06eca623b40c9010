using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// Who covers a vacant role: the people or roles that the Tasks register's <c>Currently Done By</c> names for that
/// role's tasks, in register order, each once, each as the deck's readers may see it.
/// </summary>
internal static class VacancyCover
{
    /// <param name="name">A name as the deck's readers may see it: a role of a department hidden from them, or its
    /// holder, is named by its department (<see cref="Filing.Disclosure.Name"/>).</param>
    public static Func<Role, string?> For(RegisterSet registers, Func<string, string> name)
    {
        var words = ChartWords.For(registers.Settings.DocumentLanguage);
        var byRole = registers.Tasks
            .Where(t => !string.IsNullOrWhiteSpace(t.Role) && !string.IsNullOrWhiteSpace(t.CurrentlyDoneBy))
            .GroupBy(t => new RegisterName(t.Role))
            .ToDictionary(g => g.Key, g => words.Product.Lists.Series(g.Select(t => new RegisterName(name(t.CurrentlyDoneBy!))).Distinct().Select(n => n.Display)));
        return role => role.IsVacant && byRole.GetValueOrDefault(role.Title) is { } who ? words.CoveredBy(who) : null;
    }
}
