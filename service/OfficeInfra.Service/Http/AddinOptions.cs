namespace OfficeInfra.Service.Http;

/// <summary>Where the built add-in is and who may call the API from a browser (section <c>Addin</c>).</summary>
internal sealed class AddinOptions
{
    /// <summary>The built add-in folder, served under /addin/ (default <c>addin/dist</c>, looked for upwards from the content root).</summary>
    public string Path { get; set; } = "addin/dist";

    /// <summary>The add-in manifest served at /manifest.xml (default: manifest.xml in the add-in folder or its parent).</summary>
    public string? Manifest { get; set; }

    /// <summary>The one browser origin allowed by CORS (none when empty: the add-in is then served from this origin).</summary>
    public string? Origin { get; set; }
}
