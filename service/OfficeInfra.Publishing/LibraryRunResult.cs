using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing;

/// <summary>What a run planned, and whether it applied the plan.</summary>
/// <param name="LibraryUrl">The library's web address (SharePoint); null for a folder on disk.</param>
public sealed record LibraryRunResult(LibraryPlan Plan, DesiredLibrary Desired, bool Applied, string? LibraryUrl = null)
{
    /// <summary>The web address of the document at <paramref name="path"/> in the library; null without <see cref="LibraryUrl"/>.</summary>
    public string? WebUrlOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LibraryUrl is null ? null : $"{LibraryUrl.TrimEnd('/')}/{string.Join('/', path.Split('/').Select(Uri.EscapeDataString))}";
    }
}
