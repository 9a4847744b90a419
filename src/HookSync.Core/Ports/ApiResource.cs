using HookSync.Core.Model;

namespace HookSync.Core.Ports;

/// <summary>What discovery says about a kind: its plural resource name and scope.</summary>
public sealed record ApiResource(GroupVersionKind Gvk, string Plural, bool Namespaced);
