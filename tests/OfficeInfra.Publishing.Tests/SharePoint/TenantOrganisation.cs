using OfficeInfra.FakeGraph;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>
/// The organisation issue 20 was found with: 7 departments and 36 roles with Turkish and Chinese names, Public to
/// Restricted, principals named as registers name them (the site's groups, users' and Microsoft 365 groups' addresses,
/// security groups' object ids, the organisation-wide principal by default), and the tenant that knows them.
/// </summary>
internal static class TenantOrganisation
{
    public const string Engineers = "9b1c2d3e-4f50-4a6b-8c7d-0e1f2a3b4c5d", Auditors = "5d4c3b2a-1f0e-4d7c-8b6a-5f4e3d2c1b0a";
    public const string CommsTeam = "iletisim-ekibi@contoso.com", EngineeringAll = "engineering-all@contoso.com";

    private static readonly (string Name, string Access, string[] Owners, string[] Members, string[] Visitors, int Roles)[] Departments =
    [
        ("İletişim ve Halkla İlişkiler", "Public", ["Owners"], ["Members", CommsTeam], ["Visitors"], 6),
        ("İnsan Kaynakları", "Confidential", ["Owners", Auditors], ["Members", "ayse.yilmaz@contoso.com"], ["Visitors"], 5),
        ("Muhasebe ve Finans", "Restricted", ["Owners", "cfo@contoso.com"], ["Members"], ["Visitors"], 5),
        ("研发部", "Internal", ["Owners"], ["Members", Engineers], ["Visitors", EngineeringAll], 5),
        ("质量保证部", "Confidential", ["Owners"], ["Members", "wang.fang@contoso.com"], ["Visitors"], 5),
        ("Satış ve Pazarlama", "Public", ["Owners"], ["Members", "satis@contoso.com"], ["Visitors"], 5),
        ("董事会", "Restricted", ["Owners", "chair@contoso.com"], ["Members"], ["Visitors"], 5),
    ];

    /// <summary>The tenant: the groups the registers name (users at contoso.com exist already).</summary>
    public static FakeDirectory Directory()
    {
        var directory = new FakeDirectory();
        directory.AddSecurityGroup(Engineers, "Mühendisler");
        directory.AddSecurityGroup(Auditors, "内部审计");
        directory.AddMicrosoft365Group("0f1e2d3c-4b5a-4968-8776-655443322110", CommsTeam, "İletişim Ekibi");
        directory.AddMicrosoft365Group("1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d", EngineeringAll, "全体工程师");
        directory.AddUser("ayse.yilmaz@contoso.com", "Ayşe Yılmaz");
        directory.AddUser("wang.fang@contoso.com", "王芳");
        return directory;
    }

    public static RegisterSet Registers(Func<string, int, bool>? keepRole = null)
    {
        var builder = new RegisterSetBuilder().Organisation("Anadolu 東方 Holding");
        foreach (var (name, access, owners, members, visitors, roles) in Departments)
        {
            var head = $"{name} Müdürü";
            builder.Add(new Department(name, head, access, owners, members, visitors));
            builder.Role(head, name);
            for (var i = 1; i < roles; i++)
            {
                if (keepRole is null || keepRole(name, i))
                {
                    var role = i % 2 == 0 ? $"{name} 工程师 {i}" : $"{name} Uzmanı {i}";
                    builder.Role(role, name, reportsTo: head);
                    builder.Task($"{role} görevi", name, role: role, process: $"{name} süreci", step: $"{i}");
                }
            }
            builder.Process($"{name} süreci", name, owner: head);
        }
        return builder.Build();
    }

    /// <summary>True when the registers' <paramref name="name"/> stands for the fake site's <paramref name="principal"/>.</summary>
    public static bool Stands(FakeLibrary library, string name, FakePrincipal principal) => name switch
    {
        "Owners" => principal.Id == library.Owners.Id,
        "Members" => principal.Id == library.Members.Id,
        "Visitors" => principal.Id == library.Visitors.Id,
        "Everyone except external users" => principal.Id == library.Everyone.Id,
        _ when Guid.TryParse(name, out _) => principal.LoginName.EndsWith("|" + name, StringComparison.OrdinalIgnoreCase),
        _ => string.Equals(principal.Email, name, StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>A folder's grants as the fake site shows them: (principal title, role name).</summary>
    public static IEnumerable<(string Principal, string Role)> AsShown(FakeLibrary library, FolderSpec folder) =>
        folder.Grants.Select(g => (library.Principals().Single(p => Stands(library, g.Principal, p)).Title,
            g.Role switch { GrantRole.Owner => "Full Control", GrantRole.Write => "Contribute", _ => "Read" }));
}
