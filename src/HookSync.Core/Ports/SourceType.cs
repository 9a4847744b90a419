namespace HookSync.Core.Ports;

/// <summary>How a PATH is turned into manifests, as Argo CD's repo server decides per application source.</summary>
public enum SourceType
{
    /// <summary>Plain YAML and JSON files, read as they are.</summary>
    Directory,

    /// <summary>A directory with a kustomization file, rendered with <c>kustomize build</c>.</summary>
    Kustomize,

    /// <summary>A directory with <c>Chart.yaml</c>, rendered with <c>helm template</c>.</summary>
    Helm,

    /// <summary>Any other tool: a command whose standard output is the manifests.</summary>
    Command,
}
