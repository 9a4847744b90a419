using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.Core.Diff;

/// <summary>A hook the next sync would run; <c>diff</c> lists it and never diffs it (a hook is created anew each run).</summary>
public sealed record HookPreview(SyncPhase Phase, long Wave, string Kind, string Namespace, string Name, SourceLocation Source)
{
    public string DisplayName => Namespace.Length == 0 ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}
