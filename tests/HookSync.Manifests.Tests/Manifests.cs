namespace HookSync.Manifests.Tests;

/// <summary>Small manifest texts for tests.</summary>
internal static class Manifests
{
    public static string ConfigMap(string name, string? ns = null) =>
        $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n" + (ns is null ? string.Empty : $"  namespace: {ns}\n") + "data:\n  key: value\n";
}
