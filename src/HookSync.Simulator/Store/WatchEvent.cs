using System.Text.Json.Nodes;

namespace HookSync.Simulator.Store;

/// <summary>A change to one object, as watchers and controllers see it; Object is a snapshot never mutated after publication.</summary>
internal sealed record WatchEvent(string Type, ObjectKey Key, JsonObject Object, long ResourceVersion)
{
    public const string Added = "ADDED";
    public const string Modified = "MODIFIED";
    public const string Deleted = "DELETED";
}
