using System.Security.Cryptography;
using OfficeInfra.Documents;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>Small desired libraries for the SharePoint tests: one department per access level.</summary>
internal static class TestLibrary
{
    public const string Everyone = "Everyone except external users";

    public static IReadOnlyList<Grant> GrantsFor(AccessLevel access) => access switch
    {
        AccessLevel.Public => [new("Owners", GrantRole.Owner), new("Members", GrantRole.Write), new(Everyone, GrantRole.Read)],
        AccessLevel.Internal => [new("Owners", GrantRole.Owner), new("Members", GrantRole.Write), new("Visitors", GrantRole.Read)],
        AccessLevel.Confidential => [new("Owners", GrantRole.Owner), new("Members", GrantRole.Write)],
        _ => [new("Owners", GrantRole.Owner)],
    };

    public static readonly (string Department, AccessLevel Access)[] Departments =
    [
        ("Communications", AccessLevel.Public), ("Operations", AccessLevel.Internal),
        ("Finance", AccessLevel.Confidential), ("Board", AccessLevel.Restricted),
    ];

    /// <summary>Each department gets an org chart, <paramref name="rolesPerDepartment"/> job descriptions and one SOP.</summary>
    public static DesiredLibrary Create(int rolesPerDepartment = 2, string version = "v1", int largeFileBytes = 0)
    {
        var folders = Departments.Select(d => new FolderSpec(d.Department, d.Department, d.Access, GrantsFor(d.Access))).ToList();
        var documents = new List<DocumentSpec> { Doc(DocumentKind.OrgChart, null, "Contoso", "Org Chart.pptx", version) };
        foreach (var (department, _) in Departments)
        {
            documents.Add(Doc(DocumentKind.OrgChart, department, department, $"{department}/Org Chart.pptx", version));
            for (var i = 1; i <= rolesPerDepartment; i++)
            {
                documents.Add(Doc(DocumentKind.JobDescription, department, $"Role {i}", $"{department}/Job Descriptions/Role {i}.docx", version));
            }
            documents.Add(Doc(DocumentKind.Sop, department, "Month end", $"{department}/SOPs/Month end.docx", version));
        }
        if (largeFileBytes > 0)
        {
            var big = new byte[largeFileBytes];
            new Random(7).NextBytes(big);
            documents.Add(Doc(DocumentKind.OrgChart, "Operations", "Big chart", "Operations/Big chart.pptx", big));
        }
        return new DesiredLibrary(folders, documents);
    }

    public static DocumentSpec Doc(DocumentKind kind, string? department, string subject, string path, string version) =>
        Doc(kind, department, subject, path, System.Text.Encoding.UTF8.GetBytes($"{path} {version}"));

    public static DocumentSpec Doc(DocumentKind kind, string? department, string subject, string path, byte[] content) =>
        new(kind, department, subject, path, Convert.ToHexStringLower(SHA256.HashData(content)), content);

    /// <summary>A copy of <paramref name="library"/> with the document at <paramref name="path"/> given new content.</summary>
    public static DesiredLibrary WithChanged(DesiredLibrary library, string path) => library with
    {
        Documents = library.Documents.Select(d => d.Path == path ? Doc(d.Kind, d.Department, d.Subject, d.Path, "changed") : d).ToList(),
    };
}
