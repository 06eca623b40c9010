using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

public class RegisterRulesTests
{
    private static IReadOnlyList<Finding> Check(RegisterSetBuilder builder) => RegisterRules.Check(builder.Build());

    [Fact]
    public void Check_RoleWithBlankTitleAndNoManager_IsMissingValueNotACycle() =>
        Check(RegisterSetBuilder.Valid().Role(" ", "Ops"))
            .Should().Contain(f => f.Code == FindingCodes.MissingValue && f.Sheet == "Roles")
            .And.NotContain(f => f.Code == FindingCodes.ReportingCycle);

    [Fact]
    public void Check_TaskIdUsedTwice_ReportsErrorOnSecondRow()
    {
        var builder = RegisterSetBuilder.Valid()
            .Add(new TaskItem("T-7", "Count stock", "Ops", "Boss"))
            .Add(new TaskItem("t-7 ", "Order stock", "Ops", "Boss"));

        Check(builder).Should().ContainSingle(f => f.Code == FindingCodes.DuplicateTaskId)
            .Which.Should().Match<Finding>(f => f.Severity == Severity.Error && f.Sheet == "Tasks" && f.Row == 4
                && f.Column == "ID" && f.Message.Contains("row 3"));
    }

    [Fact]
    public void Check_ValidOrganisation_ReturnsNoFindings() =>
        Check(RegisterSetBuilder.Valid()).Should().BeEmpty();

    [Theory]
    [InlineData("Departments")]
    [InlineData("Roles")]
    [InlineData("Tasks")]
    [InlineData("Processes")]
    public void Check_MissingRequiredName_ReportsMissingValue(string sheet)
    {
        var builder = RegisterSetBuilder.Valid();
        _ = sheet switch
        {
            "Departments" => builder.Department(" "),
            "Roles" => builder.Role("", "Ops"),
            "Tasks" => builder.Task("", "Ops", role: "Boss"),
            _ => builder.Process("", "Ops"),
        };
        Check(builder).Should().Contain(f => f.Code == FindingCodes.MissingValue && f.Sheet == sheet && f.Row == 3
            && f.Severity == Severity.Error);
    }

    [Fact]
    public void Check_RoleWithoutDepartment_ReportsMissingValueInDepartmentColumn() =>
        Check(RegisterSetBuilder.Valid().Role("Clerk", " ")).Should().ContainSingle(f =>
            f.Code == FindingCodes.MissingValue && f.Column == "Department" && f.Message == "Role 'Clerk' has no Department, which is required.");

    [Fact]
    public void Check_RoleReportsToUnknownRole_ReportsUnknownRoleWithPlainSentence()
    {
        var findings = Check(RegisterSetBuilder.Valid().Role("Technician", "Ops", reportsTo: "Head of Ops").Task("Fix", "Ops", "Technician"));
        findings.Should().ContainSingle(f => f.Code == FindingCodes.UnknownRole).Which.Should().Be(new Finding(Severity.Error,
            FindingCodes.UnknownRole, "Roles", 3, "Reports To",
            "Role 'Technician' reports to 'Head of Ops', which is not in the Roles register."));
    }

    [Theory]
    [InlineData("Departments", "Head")]
    [InlineData("Processes", "Owner")]
    [InlineData("Tasks", "Role")]
    public void Check_UnknownRoleReference_ReportsAtThatColumn(string sheet, string column)
    {
        var builder = RegisterSetBuilder.Valid();
        _ = sheet switch
        {
            "Departments" => builder.Department("Sales", head: "Nobody").Task("Sell", "Sales", "Boss"),
            "Processes" => builder.Process("Buying", "Ops", owner: "Nobody"),
            _ => builder.Task("Sweep", "Ops", role: "Nobody"),
        };
        Check(builder).Should().ContainSingle(f => f.Code == FindingCodes.UnknownRole)
            .Which.Should().Match<Finding>(f => f.Sheet == sheet && f.Column == column && f.Row == 3 && f.Message.Contains("'Nobody'"));
    }

    [Theory]
    [InlineData("Roles")]
    [InlineData("Tasks")]
    [InlineData("Processes")]
    public void Check_UnknownDepartment_ReportsUnknownDepartment(string sheet)
    {
        var builder = RegisterSetBuilder.Valid();
        _ = sheet switch
        {
            "Roles" => builder.Role("Clerk", "Nowhere").Task("File", "Ops", "Clerk"),
            "Tasks" => builder.Task("File", "Nowhere", "Boss"),
            _ => builder.Process("Filing", "Nowhere"),
        };
        Check(builder).Should().ContainSingle(f => f.Code == FindingCodes.UnknownDepartment)
            .Which.Should().Match<Finding>(f => f.Sheet == sheet && f.Column == "Department" && f.Row == 3
                && f.Message.EndsWith("'Nowhere', which is not in the Departments register.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TaskInUnknownProcess_ReportsUnknownProcess() =>
        Check(RegisterSetBuilder.Valid().Task("Count", "Ops", "Boss", process: "Stocktake", step: "1"))
            .Should().ContainSingle(f => f.Code == FindingCodes.UnknownProcess && f.Column == "Process" && f.Row == 3);

    [Theory]
    [InlineData("Departments", "OPS ", FindingCodes.DuplicateDepartment)]
    [InlineData("Roles", "boss", FindingCodes.DuplicateRole)]
    [InlineData("Processes", "SELLING", FindingCodes.DuplicateProcess)]
    public void Check_NameRepeatedInOtherCase_ReportsDuplicateOnSecondRow(string sheet, string name, string code)
    {
        var builder = RegisterSetBuilder.Valid();
        _ = sheet switch
        {
            "Departments" => builder.Department(name),
            "Roles" => builder.Role(name, "Ops"),
            _ => builder.Process(name, "Ops"),
        };
        Check(builder).Should().ContainSingle(f => f.Code == code)
            .Which.Should().Match<Finding>(f => f.Sheet == sheet && f.Row == 3 && f.Message.Contains("row 2"));
    }

    [Fact]
    public void Check_ThreeRolesInACircle_NamesEveryRoleOnce()
    {
        var findings = Check(RegisterSetBuilder.Valid()
            .Role("A", "Ops", reportsTo: "C").Role("B", "Ops", reportsTo: "A").Role("C", "Ops", reportsTo: "B")
            .Role("D", "Ops", reportsTo: "A"));
        var cycle = findings.Should().ContainSingle(f => f.Code == FindingCodes.ReportingCycle).Subject;
        cycle.Row.Should().Be(3);
        cycle.Message.Should().Contain("'A'").And.Contain("'B'").And.Contain("'C'").And.NotContain("'D'")
            .And.Contain("A → C → B → A");
    }

    [Fact]
    public void Check_RoleReportingToItself_ReportsCycle() =>
        Check(RegisterSetBuilder.Valid().Role("Loner", "Ops", reportsTo: "loner").Task("Think", "Ops", "Loner"))
            .Should().ContainSingle(f => f.Code == FindingCodes.ReportingCycle && f.Message.Contains("reports to itself"));

    [Theory]
    [InlineData(FindingCodes.UnknownAccess, "Access")]
    [InlineData(FindingCodes.UnknownType, "Type")]
    [InlineData(FindingCodes.UnknownStatus, "Status")]
    [InlineData(FindingCodes.UnknownHours, "Hours")]
    [InlineData(FindingCodes.UnknownFrequency, "Frequency")]
    public void Check_UnknownFixedListValue_ReportsError(string code, string column)
    {
        var builder = RegisterSetBuilder.Valid();
        _ = column switch
        {
            "Access" => builder.Department("Sales", access: "Secret").Task("Sell", "Sales", "Boss"),
            "Type" => builder.Add(new Role("Clerk", "Ops", Type: "Contractor", Holder: "x")).Task("File", "Ops", "Clerk"),
            "Status" => builder.Add(new Role("Clerk", "Ops", Status: "Open", Holder: "x")).Task("File", "Ops", "Clerk"),
            "Hours" => builder.Add(new Role("Clerk", "Ops", Hours: "Weekends", Holder: "x")).Task("File", "Ops", "Clerk"),
            _ => builder.Task("File", "Ops", "Boss", frequency: "Hourly"),
        };
        Check(builder).Should().ContainSingle(f => f.Severity == Severity.Error)
            .Which.Should().Match<Finding>(f => f.Code == code && f.Column == column && f.Row == 3);
    }

    [Fact]
    public void Check_FixedListValuesInOtherCase_AreAccepted() =>
        Check(RegisterSetBuilder.Valid().Department("Sales", access: " public ")
                .Add(new Role("Clerk", "Sales", "Boss", "INTERN", "filled", "x", "PART-TIME"))
                .Task("File", "Sales", "Clerk", frequency: "as NEEDED"))
            .Should().BeEmpty();

    [Fact]
    public void Check_TenDepartments_WarnsOnTheTenth()
    {
        var builder = RegisterSetBuilder.Valid();
        for (var i = 2; i <= 10; i++)
        {
            builder.Department($"D{i}").Task($"Work {i}", $"D{i}", "Boss");
        }
        Check(builder).Should().ContainSingle(f => f.Code == FindingCodes.TooManyDepartments)
            .Which.Should().Match<Finding>(f => f.Row == 11 && f.Severity == Severity.Warning);
    }

    [Fact]
    public void Check_NineDepartments_DoesNotWarn()
    {
        var builder = RegisterSetBuilder.Valid();
        for (var i = 2; i <= 9; i++)
        {
            builder.Department($"D{i}").Task($"Work {i}", $"D{i}", "Boss");
        }
        Check(builder).Should().BeEmpty();
    }

    [Fact]
    public void Check_TaskWithoutRole_Warns() =>
        Check(RegisterSetBuilder.Valid().Task("Sweep the floor", "Ops")).Should().ContainSingle()
            .Which.Should().Match<Finding>(f => f.Code == FindingCodes.TaskWithoutRole && f.Severity == Severity.Warning && f.Column == "Role");

    [Theory]
    [InlineData("Run the shop", "run  the SHOP!")]
    [InlineData("Check stock, daily", "check-stock daily")]
    public void Check_SameTaskIgnoringCaseSpacingPunctuation_WarnsDuplicateTask(string first, string second)
    {
        var findings = Check(new RegisterSetBuilder().Department("Ops").Role("Boss", "Ops")
            .Task(first, "Ops", "Boss").Task(second, "Ops", "Boss"));
        findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == FindingCodes.DuplicateTask && f.Row == 3 && f.Column == "Task" && f.Message.Contains("row 2"));
    }

    [Fact]
    public void Check_SameTaskInTwoDepartments_IsNotADuplicate() =>
        Check(new RegisterSetBuilder().Department("Ops").Department("Sales").Role("Boss", "Ops")
            .Task("Order office supplies", "Ops", "Boss").Task("Order office supplies", "Sales", "Boss")).Should().BeEmpty();

    [Theory]
    // One word added to five: 5/6 = 0.83.
    [InlineData("Check stock levels in warehouse", "Check stock levels in the warehouse", true)]
    // One word swapped in nine: 8/10 = 0.8, exactly the threshold.
    [InlineData("Send the monthly sales report to all regional managers", "Send the monthly sales report to all area managers", true)]
    // One word swapped in five: 4/6 = 0.67 — different work.
    [InlineData("Prepare monthly payroll report today", "Prepare quarterly payroll report today", false)]
    // Three words against four: below the four-word minimum.
    [InlineData("Pay the rent", "Pay the rent now", false)]
    // Four words against five: 4/5 = 0.8 with both at least four words.
    [InlineData("Back up the server", "Back up the server nightly", true)]
    public void Check_NearlySameTask_WarnsSimilarTaskOnlyAboveThreshold(string first, string second, bool similar)
    {
        var findings = Check(new RegisterSetBuilder().Department("Ops").Role("Boss", "Ops")
            .Task(first, "Ops", "Boss").Task(second, "Ops", "Boss"));
        if (similar)
        {
            findings.Should().ContainSingle().Which.Code.Should().Be(FindingCodes.SimilarTask);
        }
        else
        {
            findings.Should().BeEmpty();
        }
    }

    [Fact]
    public void Check_VacantRole_Warns()
    {
        var findings = Check(RegisterSetBuilder.Valid().Role("Technician", "Ops", holder: null).Task("Fix", "Ops", "Technician")
            .Add(new Role("Clerk", "Ops", Status: "Vacant", Holder: "Left in May")).Task("File", "Ops", "Clerk"));
        findings.Where(f => f.Code == FindingCodes.VacantRole).Select(f => f.Row).Should().Equal(3, 4);
        findings.Should().OnlyContain(f => f.Severity == Severity.Warning);
    }

    [Fact]
    public void Check_StepsWithGapAndRepeat_WarnsBoth()
    {
        var findings = Check(RegisterSetBuilder.Valid()
            .Task("Take payment", "Ops", "Boss", "Selling", "2")
            .Task("Wrap the goods", "Ops", "Boss", "Selling", "2")
            .Task("Wave goodbye", "Ops", "Boss", "Selling", "5"));
        findings.Should().ContainSingle(f => f.Code == FindingCodes.StepRepeated).Which.Row.Should().Be(4);
        findings.Should().ContainSingle(f => f.Code == FindingCodes.StepGap).Which.Row.Should().Be(5);
    }

    [Fact]
    public void Check_ProcessStartingAtThree_WarnsGap() =>
        Check(new RegisterSetBuilder().Department("Ops").Role("Boss", "Ops").Process("P", "Ops")
            .Task("Do it", "Ops", "Boss", "P", "3")).Should().ContainSingle(f => f.Code == FindingCodes.StepGap && f.Message.Contains("starts at step 3"));

    [Fact]
    public void Check_FractionalStepBetweenTwo_IsNotAGap() =>
        Check(RegisterSetBuilder.Valid().Task("Count the till", "Ops", "Boss", "Selling", "1.5")
            .Task("Close up", "Ops", "Boss", "Selling", "2")).Should().BeEmpty();

    [Fact]
    public void Check_StepNotANumber_Warns() =>
        Check(RegisterSetBuilder.Valid().Task("Close up", "Ops", "Boss", "Selling", "last"))
            .Should().ContainSingle(f => f.Code == FindingCodes.StepNotANumber && f.Column == "Step" && f.Row == 3);

    [Fact]
    public void Check_DepartmentAndRoleWithoutTasks_Warn()
    {
        var findings = Check(RegisterSetBuilder.Valid().Department("Empty").Role("Idle", "Ops"));
        findings.Select(f => f.Code).Should().Equal(FindingCodes.DepartmentWithoutTasks, FindingCodes.RoleWithoutTasks);
    }

    [Fact]
    public void Check_FindingsOnSeveralSheets_AreSortedBySheetThenRow()
    {
        var findings = Check(RegisterSetBuilder.Valid().Task("Sweep", "Ops").Task("Mop", "Nowhere", "Boss")
            .Role("Idle", "Ops").Department("Empty"));
        findings.Select(f => $"{f.Sheet}!{f.Row}").Should().Equal("Departments!3", "Roles!3", "Tasks!3", "Tasks!4");
    }

    [Fact]
    public void Check_EveryCodeIsKebabCase()
    {
        var codes = typeof(FindingCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        codes.Should().OnlyContain(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^[a-z]+(-[a-z]+)*$")).And.OnlyHaveUniqueItems();
    }
}
