using HookSync.Core.Ports;

namespace HookSync.Rendering;

/// <summary>Decides how a PATH is read, by the same files Argo CD's repo server looks for.</summary>
internal static class SourceDetector
{
    /// <summary>The file names that make a directory a Kustomize source, in the order kustomize itself tries them.</summary>
    public static readonly string[] KustomizationNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    public static SourceType Detect(string workspace, string path, SourceType? requested, bool hasRenderCommand)
    {
        var full = Path.GetFullPath(Path.Combine(workspace, path));
        if (requested is { } forced)
        {
            return forced;
        }
        if (!Directory.Exists(full))
        {
            // A single file (or a PATH that does not exist) is read as it is; the loader reports a missing one.
            return SourceType.Directory;
        }
        if (hasRenderCommand)
        {
            return SourceType.Command;
        }
        if (KustomizationNames.Any(name => File.Exists(Path.Combine(full, name))))
        {
            return SourceType.Kustomize;
        }
        return File.Exists(Path.Combine(full, "Chart.yaml")) ? SourceType.Helm : SourceType.Directory;
    }
}
