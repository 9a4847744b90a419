using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Store;

/// <summary>An object as stored, with the field ownership server-side apply tracks for it.</summary>
internal sealed record StoredObject(ObjectKey Key, JsonObject Object, ImmutableDictionary<string, FieldOwner> Owners)
{
    public string Uid => Object.Str("metadata", "uid") ?? "";

    public bool IsDeleting => Object["metadata"]?["deletionTimestamp"] is not null;
}
