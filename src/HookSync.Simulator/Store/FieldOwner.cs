using System.Collections.Immutable;

namespace HookSync.Simulator.Store;

/// <summary>One managedFields entry: a field manager, its operation and the leaf paths it owns.</summary>
internal sealed record FieldOwner(string Manager, string Operation, string ApiVersion, string Time, ImmutableHashSet<string> Paths)
{
    public bool SameOwnership(FieldOwner other) =>
        string.Equals(Operation, other.Operation, StringComparison.Ordinal) && Paths.SetEquals(other.Paths);
}
