namespace OfficeInfra.Service.Tests.Support;

/// <summary>The repository the tests were built from.</summary>
public static class Repo
{
    /// <summary>The folder that holds OfficeInfra.sln, above the test's own folder.</summary>
    public static string Root { get; } = Find();

    /// <summary>The configuration the tests (and so the service beside them) were built in.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OfficeInfra.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (OfficeInfra.sln) was not found above the test's folder.");
    }
}
