using System.Text.Json;
using System.Text.Json.Nodes;

namespace HookSync.Core.Model;

/// <summary>An immutable Kubernetes object: a JSON document with typed accessors for the fields HookSync reads.</summary>
/// <remarks>The wrapped node is never handed out for writing; every change returns a copy (the user's manifest is never modified, rule X4).</remarks>
public sealed class KubeObject
{
    private readonly JsonObject _root;

    private KubeObject(JsonObject root)
    {
        _root = root;
        ApiVersion = GetString("apiVersion") ?? string.Empty;
        Kind = GetString("kind") ?? string.Empty;
        Gvk = GroupVersionKind.From(ApiVersion, Kind);
        Name = GetString("metadata", "name") ?? string.Empty;
        GenerateName = GetString("metadata", "generateName") ?? string.Empty;
        Namespace = GetString("metadata", "namespace") ?? string.Empty;
        Annotations = ReadStringMap("annotations");
        Labels = ReadStringMap("labels");
    }

    /// <summary>Wraps a copy of <paramref name="root"/>.</summary>
    public static KubeObject FromJson(JsonObject root) => new((JsonObject)root.DeepClone());

    /// <summary>Takes ownership of <paramref name="root"/> without copying; the caller must not keep or change it.</summary>
    public static KubeObject Adopt(JsonObject root) => new(root);

    /// <summary>Parses a JSON text holding one object.</summary>
    public static KubeObject Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new FormatException("JSON document is not an object"));

    public string ApiVersion { get; }
    public string Kind { get; }
    public GroupVersionKind Gvk { get; }
    public string Group => Gvk.Group;
    public string Version => Gvk.Version;
    public string Name { get; }
    public string GenerateName { get; }
    public string Namespace { get; }
    public IReadOnlyDictionary<string, string> Annotations { get; }
    public IReadOnlyDictionary<string, string> Labels { get; }

    public string? Uid => GetString("metadata", "uid");
    public string? ResourceVersion => GetString("metadata", "resourceVersion");
    public long? Generation => GetInt64("metadata", "generation");
    public string? DeletionTimestamp => GetString("metadata", "deletionTimestamp");
    public string? CreationTimestamp => GetString("metadata", "creationTimestamp");

    /// <summary>The key HookSync uses to pair and order objects.</summary>
    public ResourceKey Key => new(Group, Kind, Namespace, Name);

    /// <summary>Reads a node by path; null when any step is missing or not an object.</summary>
    public JsonNode? Select(params string[] path)
    {
        JsonNode? node = _root;
        foreach (var step in path)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(step, out node))
            {
                return null;
            }
        }
        return node;
    }

    public string? GetString(params string[] path) =>
        Select(path) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public long? GetInt64(params string[] path)
    {
        if (Select(path) is not JsonValue v)
        {
            return null;
        }
        if (v.TryGetValue<long>(out var l))
        {
            return l;
        }
        if (v.TryGetValue<int>(out var i))
        {
            return i;
        }
        if (v.TryGetValue<double>(out var d) && d == Math.Floor(d))
        {
            return (long)d;
        }
        if (v.GetValueKind() == JsonValueKind.Number && long.TryParse(v.ToJsonString(), out var parsed))
        {
            return parsed;
        }
        return null;
    }

    public bool? GetBool(params string[] path) =>
        Select(path) is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    /// <summary>A deep copy of the document, safe to change.</summary>
    public JsonObject ToJsonObject() => (JsonObject)_root.DeepClone();

    public string ToJsonString() => _root.ToJsonString();

    /// <summary>Returns a copy with <c>metadata.name</c> set.</summary>
    public KubeObject WithName(string name) => WithMetadata("name", name);

    /// <summary>Returns a copy with <c>metadata.namespace</c> set.</summary>
    public KubeObject WithNamespace(string ns) => WithMetadata("namespace", ns);

    /// <summary>Returns a copy with one annotation added or replaced.</summary>
    public KubeObject WithAnnotation(string key, string value)
    {
        var copy = ToJsonObject();
        var metadata = EnsureObject(copy, "metadata");
        var annotations = EnsureObject(metadata, "annotations");
        annotations[key] = value;
        return new KubeObject(copy);
    }

    /// <summary>Returns a copy changed by <paramref name="edit"/>, which receives a private deep copy.</summary>
    public KubeObject With(Action<JsonObject> edit)
    {
        var copy = ToJsonObject();
        edit(copy);
        return new KubeObject(copy);
    }

    public override string ToString() => $"{Kind}/{(Name.Length > 0 ? Name : GenerateName + "*")}";

    private KubeObject WithMetadata(string field, string value)
    {
        var copy = ToJsonObject();
        EnsureObject(copy, "metadata")[field] = value;
        return new KubeObject(copy);
    }

    private static JsonObject EnsureObject(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
        {
            return existing;
        }
        var created = new JsonObject();
        parent[name] = created;
        return created;
    }

    private Dictionary<string, string> ReadStringMap(string field)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Select("metadata", field) is JsonObject map)
        {
            foreach (var (key, value) in map)
            {
                // Kubernetes requires string values; a YAML number or bool here would be rejected by the
                // API server, but we still read it as text so annotation parsing can report it.
                result[key] = value switch
                {
                    null => string.Empty,
                    JsonValue v when v.TryGetValue<string>(out var s) => s,
                    _ => value.ToJsonString(),
                };
            }
        }
        return result;
    }
}
