using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Filing;

/// <summary>
/// The library's folder names, the one place that turns register names into them (SPEC §3): a folder per department,
/// and in it <c>Job Descriptions</c>, <c>SOPs</c> and <c>Records</c>, with a records folder per process
/// (<c>&lt;Department&gt;/Records/&lt;Process&gt;</c>). The layout files documents by these names and an SOP says
/// where its process's records are filed from the same function, so the two can never disagree. Names depend on the
/// registers alone (never on the target), sanitised and made unique in register order, so they are stable between runs.
/// </summary>
public static class LibraryFolders
{
    /// <summary>The sub-folders of a department folder.</summary>
    public const string JobDescriptions = "Job Descriptions", Sops = "SOPs", Records = "Records";

    /// <summary>The organisation chart's file name, at the root and in each department folder.</summary>
    public const string OrgChartName = "Org Chart.pptx";

    /// <summary>The service blueprint's and the business systems map's file names, at the root.</summary>
    public const string BlueprintName = "Customer Journey.pptx", SystemsName = "Business Systems.xlsx";

    /// <summary>The delegation report's file name, at the root.</summary>
    public const string DelegationName = "Delegation.xlsx";

    /// <summary>The library's records file at the root.</summary>
    public const string RecordsFileName = "manifest.json";

    /// <summary>
    /// Files the product writes, or will write, at the library root: no department folder may take their names.
    /// </summary>
    public static IReadOnlyList<string> RootFiles { get; } =
        [OrgChartName, RecordsFileName, DelegationName, "Records Plan.xlsx", BlueprintName, SystemsName];

    // Department folders are kept short enough that the documents inside stay under the 400-character path limit;
    // a process's records folder leaves room for the files records managers keep in it.
    private const int MaxDepartmentLength = 120, MaxProcessLength = 100;

    /// <summary>Each department's folder name, in register order.</summary>
    public static IReadOnlyList<string> Departments(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        // "forms" may not be a folder at a SharePoint library root; the root's own files may not be shadowed either.
        return NameSanitiser.MakeUnique(registers.Departments.Select(d => d.Name), MaxDepartmentLength,
            reserved: ["Forms", .. RootFiles]);
    }

    /// <summary>
    /// Where each process's records are filed, <c>&lt;Department&gt;/Records/&lt;Process&gt;</c> ('/'-separated,
    /// relative to the library), for every process whose department is in the Departments register.
    /// </summary>
    public static IReadOnlyDictionary<Process, string> ProcessRecords(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var departments = Departments(registers);
        var folderOf = new Dictionary<RegisterName, string>();
        for (var i = 0; i < departments.Count; i++)
        {
            folderOf.TryAdd(registers.Departments[i].Name, departments[i]);
        }
        var result = new Dictionary<Process, string>(ReferenceEqualityComparer.Instance);
        foreach (var group in registers.Processes.GroupBy(p => new RegisterName(p.Department)))
        {
            if (!folderOf.TryGetValue(group.Key, out var folder))
            {
                continue; // the rules report a process of an unknown department
            }
            var processes = group.ToList();
            var names = NameSanitiser.MakeUnique(processes.Select(p => p.Name), MaxProcessLength);
            for (var i = 0; i < processes.Count; i++)
            {
                result[processes[i]] = $"{folder}/{Records}/{names[i]}";
            }
        }
        return result;
    }
}
