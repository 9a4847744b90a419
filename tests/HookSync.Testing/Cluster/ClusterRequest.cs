namespace HookSync.Testing.Cluster;

/// <summary>One call made to the <see cref="InMemoryCluster"/>: verb (apply, dry-run, get, delete, list, watch, logs, discover) and object.</summary>
public sealed record ClusterRequest(string Verb, string Kind, string Namespace, string Name)
{
    public override string ToString() => $"{Verb} {Kind}/{Name}";
}
