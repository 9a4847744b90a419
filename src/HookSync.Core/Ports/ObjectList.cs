using HookSync.Core.Model;

namespace HookSync.Core.Ports;

/// <summary>A list result and the resource version to watch from.</summary>
public sealed record ObjectList(IReadOnlyList<KubeObject> Items, string ResourceVersion);
