using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Naming;

/// <summary>
/// The library's folder names that documents also print (SPEC §3): each department's folder, and each process's
/// records folder <c>&lt;Department&gt;/Records/&lt;Process&gt;</c>. One place, so that the folder the library creates
/// and the line an SOP prints are the same path.
/// </summary>
public static class LibraryPaths
{
    /// <summary>The records sub-folder of a department folder.</summary>
    public const string Records = "Records";

    /// <summary>Files and names at the library root that no department folder may take.</summary>
    public static IReadOnlyList<string> RootNames { get; } = ["Forms", "Org Chart.pptx", "manifest.json", "Delegation.xlsx"];

    // Department folders are kept short enough that the documents inside stay under the 400-character path limit.
    private const int MaxDepartmentLength = 120;

    /// <summary>The folder name of each department, in register order: safe, distinct, clear of <see cref="RootNames"/>.</summary>
    public static IReadOnlyList<string> DepartmentFolders(IEnumerable<Department> departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        return NameSanitiser.MakeUnique(departments.Select(d => d.Name), MaxDepartmentLength, RootNames);
    }

    /// <summary>
    /// The records folder of every process, relative to the library (<c>Operations/Records/Order to Delivery</c>), keyed
    /// by process name (trimmed, case-insensitive). A process whose department is unknown has none.
    /// </summary>
    public static IReadOnlyDictionary<string, string> RecordsFolders(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var folders = DepartmentFolders(registers.Departments);
        var departmentFolder = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < folders.Count; i++)
        {
            departmentFolder.TryAdd(registers.Departments[i].Name.Trim(), folders[i]);
        }
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in registers.Processes.GroupBy(p => p.Department.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            if (!departmentFolder.TryGetValue(group.Key, out var folder))
            {
                continue;
            }
            var processes = group.ToList();
            var names = NameSanitiser.MakeUnique(processes.Select(p => p.Name), MaxDepartmentLength);
            for (var i = 0; i < processes.Count; i++)
            {
                paths.TryAdd(processes[i].Name.Trim(), $"{folder}/{Records}/{names[i]}");
            }
        }
        return paths;
    }
}
