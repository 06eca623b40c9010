using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Naming;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

public class LibraryPathsTests
{
    [Fact]
    public void RecordsFolders_Sample_FileEachProcessUnderItsDepartment() =>
        LibraryPaths.RecordsFolders(SampleOrganisation.Create())["order to delivery"].Should().Be("Operations/Records/Order to Delivery");

    [Fact]
    public void RecordsFolders_UnsafeAndClashingNames_AreSafeAndDistinct()
    {
        var registers = new RegisterSetBuilder().Department("Forms").Department(" .Ops. ")
            .Process("Sales/Returns", "Forms").Process("Sales:Returns", "Forms").Process("..Hidden", " .Ops. ").Build();

        var folders = LibraryPaths.RecordsFolders(registers);

        folders["Sales/Returns"].Should().Be("Forms (2)/Records/Sales_Returns");
        folders["Sales:Returns"].Should().Be("Forms (2)/Records/Sales_Returns (2)");
        folders["..Hidden"].Should().Be("Ops/Records/Hidden");
    }

    [Fact]
    public void DepartmentFolders_NeverTakeARootName() =>
        LibraryPaths.DepartmentFolders([new Department("manifest.json"), new Department("Delegation.xlsx")])
            .Should().Equal("manifest.json (2)", "Delegation.xlsx (2)");
}
