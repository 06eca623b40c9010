using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Rules;

/// <summary>The names each register defines, for case-insensitive look-ups of references.</summary>
internal sealed class RegisterNames
{
    public RegisterNames(RegisterSet registers)
    {
        Departments = Set(registers.Departments.Select(d => d.Name));
        Roles = Set(registers.Roles.Select(r => r.Title));
        Processes = Set(registers.Processes.Select(p => p.Name));
        RolesWithTasks = Set(registers.Tasks.Select(t => t.Role));
        DepartmentsWithTasks = Set(registers.Tasks.Select(t => t.Department));
    }

    public HashSet<RegisterName> Departments { get; }
    public HashSet<RegisterName> Roles { get; }
    public HashSet<RegisterName> Processes { get; }
    public HashSet<RegisterName> RolesWithTasks { get; }
    public HashSet<RegisterName> DepartmentsWithTasks { get; }

    /// <summary>Trimmed; empty when blank. References and names compare on this.</summary>
    public static string Key(string? text) => text?.Trim() ?? string.Empty;

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>The most characters of a name a message quotes.</summary>
    public const int MaxShown = 100;

    /// <summary>
    /// A name as a message quotes it: trimmed and cut to <see cref="MaxShown"/> characters (ending in "…"), so that
    /// one over-long cell does not make every message about it as long as the cell.
    /// </summary>
    public static string Shown(string? text)
    {
        var key = Key(text);
        if (key.Length <= MaxShown)
        {
            return key;
        }
        var cut = char.IsHighSurrogate(key[MaxShown - 2]) ? MaxShown - 2 : MaxShown - 1;
        return key[..cut].TrimEnd() + "…";
    }

    private static HashSet<RegisterName> Set(IEnumerable<string?> names) =>
        names.Select(n => new RegisterName(n)).Where(n => !n.IsBlank).ToHashSet();
}
