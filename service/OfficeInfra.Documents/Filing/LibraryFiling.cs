using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Documents.Filing;

/// <summary>
/// The department folders of one organisation's library, made once from its checked registers: what the layout files
/// documents into, by the department each document names, so the layout never reads the registers itself. Only
/// checked registers make one, so every department a document names has its folder.
/// </summary>
public sealed class LibraryFiling
{
    private readonly Dictionary<RegisterName, DepartmentFolder> _byName = [];

    private LibraryFiling(IReadOnlyList<DepartmentFolder> folders)
    {
        Folders = folders;
        foreach (var folder in folders)
        {
            _byName.TryAdd(folder.Name, folder);
        }
    }

    /// <summary>Every department's folder, in register order.</summary>
    public IReadOnlyList<DepartmentFolder> Folders { get; }

    /// <summary>The folders of <paramref name="registers"/>' departments.</summary>
    public static LibraryFiling Of(CheckedRegisters registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var set = registers.Registers;
        var names = LibraryFolders.Departments(set);
        var records = LibraryFolders.ProcessRecords(set);
        return new LibraryFiling([.. set.Departments.Select((d, i) => new DepartmentFolder(d, names[i],
            [.. set.Processes.Select(p => records.GetValueOrDefault(p)).OfType<string>().Where(p => p.StartsWith(names[i] + "/", StringComparison.Ordinal))]))]);
    }

    /// <summary>The folder of <paramref name="department"/>, however a row spelt its name.</summary>
    public DepartmentFolder this[RegisterName department] => _byName.TryGetValue(department, out var folder) ? folder
        : throw new KeyNotFoundException($"No department '{department}' in the registers this filing was made from.");
}
