using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>The chart's colours (explicit sRGB, so no theme can turn a vacancy anything but red).</summary>
internal static class Palette
{
    public const string VacantRed = "FF0000";
    public const string BoxFill = "F4F7FB";
    public const string BoxOutline = "8497B0";
    public const string ContinuedFill = "FFFFFF";
    public const string TitleText = "1F2D3D";
    public const string SecondaryText = "44546A";
    public const string Line = "7F8C99";
    public const string HeaderFill = "1F3864";
    public const string BandFill = "EEF2F8";
    public const string Link = "0563C1";

    /// <summary>Role types in legend order.</summary>
    public static IReadOnlyList<RoleType> RoleTypes { get; } =
        [RoleType.Employee, RoleType.Outsourced, RoleType.Freelancer, RoleType.Intern, RoleType.Volunteer];

    public static string ColourOf(RoleType type) => type switch
    {
        RoleType.Employee => "2E75B6",
        RoleType.Outsourced => "ED7D31",
        RoleType.Freelancer => "7030A0",
        RoleType.Intern => "70AD47",
        _ => "FFC000",
    };

    public static string NameOf(RoleType type) => Registers.Model.RoleTypes.List.TextOf(type);
}
