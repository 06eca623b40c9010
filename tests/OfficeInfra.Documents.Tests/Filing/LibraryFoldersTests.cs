using OfficeInfra.Documents.Filing;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Filing;

public class LibraryFoldersTests
{
    private static Dictionary<string, string> ByName(RegisterSet registers) =>
        LibraryFolders.ProcessRecords(registers).ToDictionary(p => p.Key.Name, p => p.Value);

    [Fact]
    public void ProcessRecords_Sample_FileEachProcessUnderItsDepartment() =>
        ByName(SampleOrganisation.Create())["Order to Delivery"].Should().Be("Operations/Records/Order to Delivery");

    [Fact]
    public void ProcessRecords_UnsafeAndClashingNames_AreSafeAndDistinct()
    {
        var registers = new RegisterSetBuilder().Department("Forms").Department(" .Ops. ")
            .Process("Sales/Returns", "Forms").Process("Sales:Returns", "Forms").Process("..Hidden", " .Ops. ").Build();

        var folders = ByName(registers);

        folders["Sales/Returns"].Should().Be("Forms (2)/Records/Sales_Returns");
        folders["Sales:Returns"].Should().Be("Forms (2)/Records/Sales_Returns (2)");
        folders["..Hidden"].Should().Be("Ops/Records/Hidden", "leading dots would hide the folder on macOS and Linux");
    }

    [Fact]
    public void Departments_NeverTakeARootName() =>
        LibraryFolders.Departments(new RegisterSetBuilder().Department("manifest.json").Department("Delegation.xlsx").Build())
            .Should().Equal("manifest.json (2)", "Delegation.xlsx (2)");
}
