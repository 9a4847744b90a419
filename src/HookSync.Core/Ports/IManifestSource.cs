namespace HookSync.Core.Ports;

/// <summary>Discovers and parses manifests (the PATH arguments and options of <c>hooksync plan</c>). Implemented by HookSync.Manifests.</summary>
public interface IManifestSource
{
    /// <summary>Reads every manifest the query selects. Input errors are diagnostics with file and line, never exceptions.</summary>
    ManifestSet Load(ManifestQuery query);
}
