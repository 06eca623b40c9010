using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace OfficeInfra.Service.Http;

/// <summary>
/// Serves the built add-in under <c>/addin/</c> (<c>/addin/</c> itself redirects to the task pane) and its manifest
/// at <c>/manifest.xml</c>, pointed at the address the request came to, so one origin does everything.
/// </summary>
internal static class AddinFiles
{
    /// <summary>Adds the static file middleware for the add-in folder, when it has been built.</summary>
    public static WebApplication UseAddinFiles(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<AddinOptions>>().Value;
        var folder = Locate(options.Path, app.Environment.ContentRootPath, directory: true);
        if (folder is null)
        {
            app.Logger.LogWarning("The add-in folder '{Path}' was not found; /addin/ answers 404 until it is built (cd addin && npm run build).", options.Path);
        }
        else
        {
            var files = new PhysicalFileProvider(folder);
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/addin" });
            // The pane is taskpane.html (Vite's entry), so the folder's own address sends people there (routing
            // matches /addin and /addin/ alike).
            app.MapGet("/addin", (HttpRequest request) => Results.Redirect($"/addin/taskpane.html{request.QueryString}"))
                .WithTags("Add-in").ExcludeFromDescription();
        }
        var manifest = options.Manifest is { } configured
            ? Locate(configured, app.Environment.ContentRootPath, directory: false)
            : (folder is null ? null : Locate(Path.Combine(folder, "manifest.xml"), folder, false) ?? Locate(Path.Combine(folder, "..", "manifest.xml"), folder, false))
              ?? Locate("addin/manifest.xml", app.Environment.ContentRootPath, directory: false);
        app.MapGet("/manifest.xml", async (HttpRequest request) => manifest is null
                ? Results.Problem("The add-in manifest has not been built or configured (Addin:Manifest).", statusCode: 404, title: "No manifest")
                : Results.Text(AddinManifest.PointAt(await System.IO.File.ReadAllTextAsync(manifest, request.HttpContext.RequestAborted), $"{request.Scheme}://{request.Host}"), "application/xml"))
            .WithTags("Add-in").ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// An absolute path as is; a relative one under the content root or a folder above it up to the repository root
    /// (so that <c>dotnet run --project service/OfficeInfra.Service</c> finds <c>addin/dist</c> at the repository root).
    /// </summary>
    public static string? Locate(string path, string root, bool directory)
    {
        ArgumentNullException.ThrowIfNull(path);
        bool Exists(string p) => directory ? Directory.Exists(p) : System.IO.File.Exists(p);
        if (Path.IsPathRooted(path))
        {
            return Exists(path) ? Path.GetFullPath(path) : null;
        }
        for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
            // Never look above the repository (or the installed app's folder): a neighbour's add-in is not ours.
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || System.IO.File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                break;
            }
        }
        return null;
    }
}
