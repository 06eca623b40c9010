using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Documents.Filing;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.Tests.Planning;

public sealed class NameSanitiserTests
{
    [Theory]
    [InlineData("Head of Sales", "Head of Sales")]
    [InlineData("Müdür Yardımcısı", "Müdür Yardımcısı")]
    [InlineData("客户经理 😀", "客户经理 😀")]
    [InlineData("{{role.title}}", "{{role.title}}")]
    [InlineData("=SUM(A1)", "=SUM(A1)")]
    [InlineData("R&D 'lead'", "R&D 'lead'")]
    public void Sanitise_SafeName_KeepsItExactly(string name, string expected) =>
        NameSanitiser.Sanitise(name).Should().Be(expected);

    [Theory]
    [InlineData("Sales/Marketing", "Sales_Marketing")]
    [InlineData("A \"quoted\" <b>role</b>", "A _quoted_ _b_role__b_")]
    [InlineData("Time: 9:00?", "Time_ 9_00_")]
    [InlineData("PRN", "_PRN")]
    [InlineData("con.txt", "_con.txt")]
    [InlineData("LPT1", "_LPT1")]
    [InlineData("Manager...", "Manager")]
    [InlineData("  padded  ", "padded")]
    [InlineData(" .Hidden. ", "Hidden")]
    [InlineData("..config", "config")]
    [InlineData("~$draft", "_$draft")]
    [InlineData("x_vti_y", "x_vti-y")]
    [InlineData("desktop.ini", "_desktop.ini")]
    [InlineData("...", "Untitled")]
    [InlineData("", "Untitled")]
    [InlineData("tab\there", "tab_here")]
    public void Sanitise_HostileName_BecomesSafe(string name, string expected) =>
        NameSanitiser.Sanitise(name).Should().Be(expected);

    [Theory]
    [InlineData("Payroll\u202Excod.docx", "Payrollxcod.docx")]
    [InlineData("\u202ATeam\u202B \u202CLead\u202D", "Team Lead")]
    [InlineData("\u2066Müdür\u2067\u2068\u2069", "Müdür")]
    [InlineData("\u202E\u202E", "Untitled")]
    [InlineData(" \u2066 Ops \u2069 ", "Ops")]
    public void Sanitise_BidirectionalControls_AreRemoved(string name, string expected) =>
        NameSanitiser.Sanitise(name).Should().Be(expected);

    [Fact]
    public void Sanitise_ArabicAndHebrewText_IsKeptAsWritten() =>
        NameSanitiser.Sanitise("مدير المبيعات עובד").Should().Be("مدير المبيعات עובד");

    [Fact]
    public void Sanitise_ThreeHundredCharacters_CutsWithoutSplittingAnEmoji()
    {
        var name = new string('a', 254) + "😀" + new string('b', 45);

        var safe = NameSanitiser.Sanitise(name);

        safe.Should().HaveLength(254).And.Be(new string('a', 254));
    }

    [Fact]
    public void MakeUnique_NamesThatClashAfterSanitising_GetDistinctNames() =>
        NameSanitiser.MakeUnique(["Sales/Marketing", "Sales:Marketing", "sales_marketing", "Other"])
            .Should().Equal("Sales_Marketing", "Sales_Marketing (2)", "sales_marketing (3)", "Other");

    [Fact]
    public void MakeUnique_ReservedName_IsAvoided() =>
        NameSanitiser.MakeUnique(["Forms", "Ops"], reserved: ["forms"]).Should().Equal("Forms (2)", "Ops");

    [Fact]
    public void Sanitise_AnyString_GivesASafeBoundedStableName() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            // A right-to-left override in the middle of every case: it must never survive.
            var safe = NameSanitiser.Sanitise((text ?? string.Empty).Insert((text ?? string.Empty).Length / 2, "\u202E"));
            return safe.Length is > 0 and <= NameSanitiser.MaxSegmentLength
                && safe.IndexOfAny(['"', '*', ':', '<', '>', '?', '/', '\\', '|']) < 0
                && !safe.Any(char.IsControl)
                && !safe.Any(c => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
                && safe == safe.Trim() && !safe.EndsWith('.')
                && !safe.Contains("_vti_", StringComparison.OrdinalIgnoreCase)
                && !new[] { "CON", "PRN", "AUX", "NUL", "COM1", "LPT1" }.Contains(safe.Split('.')[0].TrimEnd(), StringComparer.OrdinalIgnoreCase)
                && NameSanitiser.Sanitise(safe) == safe;
        }));

    [Fact]
    public void MakeUnique_AnyStrings_GivesDistinctNamesIgnoringCase() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), texts =>
        {
            var names = NameSanitiser.MakeUnique((texts ?? []).Select(t => t ?? ""));
            return names.Distinct(StringComparer.OrdinalIgnoreCase).Count() == names.Count
                && names.All(n => n.Length <= NameSanitiser.MaxSegmentLength && NameSanitiser.Sanitise(n) == n);
        }));
}
