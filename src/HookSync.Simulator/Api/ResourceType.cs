namespace HookSync.Simulator.Api;

/// <summary>A served resource: group/version, plural name, kind, scope and whether it has a status subresource.</summary>
internal sealed record ResourceType(
    string Group, string Version, string Name, string Kind, bool Namespaced, bool HasStatus, IReadOnlyList<string> ShortNames)
{
    public static readonly IReadOnlyList<string> AllVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

    public string GroupVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    public string SingularName => Kind.ToLowerInvariant();

    public string ListKind => Kind + "List";

    /// <summary>The name the real apiserver uses in messages: <c>pods</c> for core, <c>jobs.batch</c> otherwise.</summary>
    public string QualifiedName => Group.Length == 0 ? Name : Name + "." + Group;

    public string Path(string? ns) =>
        (Group.Length == 0 ? "/api/v1" : "/apis/" + GroupVersion) + (Namespaced && ns is not null ? "/namespaces/" + ns : "") + "/" + Name;
}
