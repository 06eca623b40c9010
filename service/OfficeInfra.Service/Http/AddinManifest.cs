using System.Text.RegularExpressions;

namespace OfficeInfra.Service.Http;

/// <summary>
/// Points the add-in manifest at the address the service was reached on, so the manifest a user downloads from
/// <c>/manifest.xml</c> names the URL the service really listens on rather than the one it was built with.
/// </summary>
internal static partial class AddinManifest
{
    /// <summary>
    /// <paramref name="xml"/> with every URL under its current origin (its SourceLocation's) moved to
    /// <paramref name="origin"/>; unchanged when it has no SourceLocation or the origin is not a plain scheme://host[:port].
    /// </summary>
    public static string PointAt(string xml, string origin)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(origin);
        var current = SourceOrigin().Match(xml);
        if (!current.Success || !PlainOrigin().IsMatch(origin))
        {
            return xml;
        }
        var moved = xml.Replace($"\"{current.Groups[1].Value}/", $"\"{origin}/", StringComparison.Ordinal);
        if (origin.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            // Office loads a task pane over HTTPS only: say so where the person installing it will look.
            const string note = "<!-- Office loads add-ins over HTTPS only: this manifest names an http:// address, so Excel will refuse it. "
                + "Start the service with serve --urls https://localhost:5001 (after dotnet dev-certs https --trust) or put it behind an "
                + "HTTPS reverse proxy, and download /manifest.xml from that address. -->\n";
            var afterDeclaration = moved.StartsWith("<?xml", StringComparison.Ordinal) ? moved.IndexOf("?>", StringComparison.Ordinal) + 3 : 0;
            moved = moved.Insert(Math.Min(afterDeclaration, moved.Length), note);
        }
        return moved;
    }

    [GeneratedRegex("<SourceLocation DefaultValue=\"(https?://[^/\"]+)/")]
    private static partial Regex SourceOrigin();

    [GeneratedRegex(@"^https?://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?$")]
    private static partial Regex PlainOrigin();
}
