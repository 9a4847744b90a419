using HookSync.Core.Ports;
using k8s.KubeConfigModels;

namespace HookSync.Kubernetes.Credentials;

/// <summary>Kubeconfig files given by path (source 4 of README Cluster credentials).</summary>
/// <remarks>
/// A path list is not merged field by field as kubectl does: the first existing file that defines the requested
/// context is used (without <c>--context</c>, the first existing file). That covers the CI cases (one file, or a
/// file per cluster) with a predictable answer; missing files in the list are skipped, as kubectl does.
/// </remarks>
internal static class KubeconfigFiles
{
    /// <summary>Connects through the first suitable file; null when none of the files exists.</summary>
    public static ClusterConnection? Connect(
        IReadOnlyList<string> paths, string? context, string source, IEnvironment env, ISecretRedactor redactor)
    {
        var loaded = new List<(string Path, K8SConfiguration Config)>();
        foreach (var path in paths.Where(File.Exists))
        {
            var config = KubeconfigReader.Load(path, source);
            // The file's content is as secret as HOOKSYNC_KUBECONFIG's.
            redactor.Register(File.ReadAllText(path));
            loaded.Add((path, config));
        }
        if (loaded.Count == 0)
        {
            return null;
        }
        var chosen = string.IsNullOrEmpty(context)
            ? loaded[0]
            : loaded.FirstOrDefault(l => KubeconfigReader.HasContext(l.Config, context));
        if (chosen.Config is null)
        {
            var available = loaded.SelectMany(l => KubeconfigReader.ContextNames(l.Config)).Distinct().Order(StringComparer.Ordinal).ToList();
            throw new ClusterConfigurationException(
                $"context \"{context}\" not found in {source} ({string.Join(", ", loaded.Select(l => l.Path))}); available contexts: "
                + (available.Count == 0 ? "none" : string.Join(", ", available)));
        }
        return KubeconfigReader.Connect(chosen.Config, context, $"{source} {chosen.Path}", env, redactor);
    }
}
