using DocumentFormat.OpenXml.Spreadsheet;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Writing;

/// <summary>
/// The defined names behind the drop-downs that offer another register's names: each points at a table column
/// (<c>RoleList</c> = <c>Roles[Role]</c>), as <see cref="ColumnChoices"/> explains.
/// </summary>
internal static class ListNames
{
    public static DefinedNames DefinedNames()
    {
        var names = new DefinedNames();
        foreach (var choices in All().OrderBy(c => c.ListName, StringComparer.Ordinal))
        {
            names.Append(new DefinedName($"{choices.Register}[{choices.Column}]") { Name = choices.ListName });
        }
        return names;
    }

    /// <summary>Every list of names the schema's columns use, once each.</summary>
    public static IEnumerable<ColumnChoices> All() => RegisterSchema.All
        .SelectMany(r => r.Columns)
        .Select(c => c.Choices)
        .OfType<ColumnChoices>()
        .Where(c => !c.IsFixed)
        .Distinct();
}
