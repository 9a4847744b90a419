namespace HookSync.Simulator.Store;

/// <summary>Where an object lives in the store: group, plural resource, namespace ("" when cluster-scoped) and name.</summary>
internal readonly record struct ObjectKey(string Group, string Resource, string Namespace, string Name)
{
    public bool SameKind(string group, string resource) =>
        string.Equals(Group, group, StringComparison.Ordinal) && string.Equals(Resource, resource, StringComparison.Ordinal);
}
