using System.Text.Json.Nodes;

namespace HookSync.Manifests.Parsing;

/// <summary>A mapping or sequence being built from parser events.</summary>
internal sealed class YamlFrame
{
    public YamlFrame(JsonNode container, string? anchor, long nodesAtStart, int line, string? lineKey, int depth)
    {
        Container = container;
        Anchor = anchor;
        NodesAtStart = nodesAtStart;
        Line = line;
        LineKey = lineKey;
        Depth = depth;
    }

    public JsonNode Container { get; }

    public JsonObject? Mapping => Container as JsonObject;

    public JsonArray? Sequence => Container as JsonArray;

    public string? Anchor { get; }

    /// <summary>The node count when the frame opened: the difference at its end is the anchored subtree's size.</summary>
    public long NodesAtStart { get; }

    /// <summary>The scalar text counted when the frame opened, for the anchored subtree's size in characters.</summary>
    public long CharactersAtStart { get; init; }

    public int Line { get; }

    /// <summary>The <see cref="LineMap"/> key of this node, or null when its lines are not tracked.</summary>
    public string? LineKey { get; }

    /// <summary>Nesting depth: 1 for the document root.</summary>
    public int Depth { get; }

    /// <summary>Levels of containers in this subtree, itself included.</summary>
    public int Height { get; set; } = 1;

    /// <summary>The key waiting for its value, when this is a mapping.</summary>
    public string? PendingKey { get; set; }

    public int PendingKeyLine { get; set; }

    /// <summary>True when the pending key is the merge key <c>&lt;&lt;</c>.</summary>
    public bool PendingMerge { get; set; }

    /// <summary>Mappings merged in with <c>&lt;&lt;</c>, applied at the end so explicit keys win whatever their position.</summary>
    public List<JsonObject> MergeSources { get; } = [];

    public bool ExpectsKey => Mapping is not null && PendingKey is null && !PendingMerge;

    /// <summary>The <see cref="LineMap"/> key of the child about to be added.</summary>
    public string? ChildLineKey() =>
        Mapping is not null
            ? LineMap.ChildKey(LineKey, Depth - 1, PendingKey ?? "<<")
            : LineMap.ChildKey(LineKey, Depth - 1, Sequence!.Count);
}
