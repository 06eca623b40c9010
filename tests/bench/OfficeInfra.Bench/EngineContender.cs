namespace OfficeInfra.Bench;

/// <summary>OfficeInfra's Word engine: the template compiled once, one document rendered per role.</summary>
public sealed class EngineContender(byte[] template)
{
    private readonly byte[] _template = template;

    /// <summary>Renders <paramref name="role"/> into <paramref name="output"/>.</summary>
    public void Write(PeerRole role, Stream output) =>
        throw new NotSupportedException($"The engine is not wired yet ({_template.Length} bytes, {role.Title}, {output}).");
}
