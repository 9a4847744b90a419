namespace HookSync.Core.Model;

/// <summary>An API group, version and kind, as parsed from <c>apiVersion</c> and <c>kind</c>.</summary>
public readonly record struct GroupVersionKind(string Group, string Version, string Kind)
{
    /// <summary>Splits <c>apps/v1</c> into group and version; a bare <c>v1</c> is the core group (empty).</summary>
    public static GroupVersionKind From(string apiVersion, string kind)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? new GroupVersionKind(string.Empty, apiVersion, kind)
            : new GroupVersionKind(apiVersion[..slash], apiVersion[(slash + 1)..], kind);
    }

    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>Group and kind only: the identity used by kind order, CRD matching and health rules.</summary>
    public GroupKind GroupKind => new(Group, Kind);

    public override string ToString() => $"{ApiVersion}/{Kind}";
}
