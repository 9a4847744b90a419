namespace HookSync.Manifests.Discovery;

/// <summary>Recognises files that look like YAML but are tool inputs, not Kubernetes manifests, and skips them.</summary>
internal static class NonManifestFiles
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>True when the name ends in .yaml, .yml or .json (case-insensitive, as editors treat them).</summary>
    public static bool HasManifestExtension(string fileName) =>
        Extensions.Any(ext => fileName.EndsWith(ext, StringComparison.OrdinalIgnoreCase));

    /// <summary>Why the file is not a manifest, or null when it should be read.</summary>
    public static string? ReasonToSkip(string fileName)
    {
        if (fileName is "kustomization.yaml" or "kustomization.yml" or "Kustomization")
        {
            return "a Kustomize file, not a manifest; pass its directory as a PATH (without --source-type directory) and HookSync renders it with kustomize";
        }
        if (fileName is "Chart.yaml" or "Chart.yml")
        {
            return "a Helm chart description, not a manifest; pass the chart directory as a PATH (without --source-type directory) and HookSync renders it with helm template";
        }
        if (fileName.StartsWith("values", StringComparison.Ordinal)
            && (fileName.EndsWith(".yaml", StringComparison.Ordinal) || fileName.EndsWith(".yml", StringComparison.Ordinal)))
        {
            return "a Helm values file, not a manifest; pass the chart directory as a PATH and this file with --helm-values";
        }
        return null;
    }
}
