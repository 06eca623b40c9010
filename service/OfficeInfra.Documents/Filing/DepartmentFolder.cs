using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Filing;

/// <summary>A department's folder in the library: the department as the Departments register gives it, and where its folder sits.</summary>
/// <param name="Path">The folder's name at the library root, sanitised and unique (<see cref="LibraryFolders.Departments"/>).</param>
/// <param name="ProcessRecords">The records folder of each of the department's processes, in register order
/// (<c>&lt;Path&gt;/Records/&lt;Process&gt;</c>).</param>
public sealed record DepartmentFolder(Department Department, string Path, IReadOnlyList<string> ProcessRecords)
{
    /// <summary>The department's name: the key its documents are filed by (<see cref="GeneratedDocument.Department"/>).</summary>
    public RegisterName Name => Department.Name;
}
