using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HookSync.Core.Model;

/// <summary>An immutable Kubernetes object: a JSON document with typed accessors for the fields HookSync reads.</summary>
/// <remarks>
/// <para>The wrapped document is never handed out for writing; every change returns a copy (the user's manifest is never modified, rule X4).</para>
/// <para>An object is held in one of two forms. Objects read from the cluster or built in code keep their
/// <see cref="JsonObject"/> tree: health rules and the executor read them field by field, often. Manifests
/// (<see cref="Compact"/>) keep only compact UTF-8 JSON plus the identity fields: a plan holds thousands of them and reads
/// each a few times, and a tree costs about ten times the bytes. A compact object parses what it is asked for on each
/// call and caches nothing, so it stays small for as long as the plan lives; its copies (<c>With…</c>) are compact too,
/// and <see cref="WithName"/> and <see cref="WithNamespace"/> share the original's bytes.</para>
/// </remarks>
public sealed class KubeObject
{
    private static readonly IReadOnlyDictionary<string, string> NoEntries =
        System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    // Deep enough for anything the loader accepts (its MaxDepth is 200) and as deep as JsonNode.ToJsonString writes.
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 1000 };
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 1000 };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private readonly JsonObject? _root;
    private readonly byte[]? _utf8;

    // Of a compact object: metadata fields set since _utf8 was written (WithName, WithNamespace), in the order they were
    // set, applied whenever the document is read. The planner gives most objects a namespace; sharing the original's bytes
    // instead of writing them again keeps that copy at a few dozen bytes.
    private readonly KeyValuePair<string, string>[]? _metadataEdits;

    // apiVersion, kind and their GroupVersionKind, shared by all objects of the type.
    private readonly TypeIdentity _type;

    private KubeObject(JsonObject root, byte[]? utf8)
    {
        _root = utf8 is null ? root : null;
        _utf8 = utf8;
        _type = TypeIdentity.Of(StringAt(root, "apiVersion") ?? string.Empty, StringAt(root, "kind") ?? string.Empty);
        var metadata = root.TryGetPropertyValue("metadata", out var m) ? m as JsonObject : null;
        Name = StringAt(metadata, "name") ?? string.Empty;
        GenerateName = StringAt(metadata, "generateName") ?? string.Empty;
        Namespace = Shared(StringAt(metadata, "namespace") ?? string.Empty);
        Annotations = ReadStringMap(metadata, "annotations");
        Labels = ReadStringMap(metadata, "labels");
    }

    // A copy whose metadata.name or metadata.namespace was set: everything else it reads is the original's, shared.
    private KubeObject(KubeObject original, JsonObject? copy, string field, string value)
    {
        _root = copy;
        _utf8 = original._utf8;
        if (_utf8 is not null)
        {
            // Setting a field again replaces its value where it was first set, as on a tree, so the key order is the same.
            var edit = new KeyValuePair<string, string>(field, value);
            var edits = original._metadataEdits ?? [];
            var at = Array.FindIndex(edits, e => e.Key == field);
            _metadataEdits = at < 0 ? [.. edits, edit] : [.. edits[..at], edit, .. edits[(at + 1)..]];
        }
        _type = original._type;
        Name = field == "name" ? value : original.Name;
        GenerateName = original.GenerateName;
        Namespace = field == "namespace" ? Shared(value) : original.Namespace;
        Annotations = original.Annotations;
        Labels = original.Labels;
    }

    /// <summary>Wraps a copy of <paramref name="root"/>.</summary>
    public static KubeObject FromJson(JsonObject root) => new((JsonObject)root.DeepClone(), null);

    /// <summary>Takes ownership of <paramref name="root"/> without copying; the caller must not keep or change it.</summary>
    public static KubeObject Adopt(JsonObject root) => new(root, null);

    /// <summary>Stores <paramref name="root"/> as compact UTF-8 JSON; the tree is not kept, so the caller may change or drop it afterwards.</summary>
    /// <remarks>For objects held in bulk and read rarely: manifests. Reads parse on demand (see the remarks on the type).</remarks>
    public static KubeObject Compact(JsonObject root) => new(root, Serialize(root));

    /// <summary>Parses a JSON text holding one object.</summary>
    public static KubeObject Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new FormatException("JSON document is not an object"), null);

    public string ApiVersion => _type.ApiVersion;
    public string Kind => _type.Kind;
    public GroupVersionKind Gvk => _type.Gvk;
    public string Group => Gvk.Group;
    public string Version => Gvk.Version;
    public string Name { get; }
    public string GenerateName { get; }
    public string Namespace { get; }
    public IReadOnlyDictionary<string, string> Annotations { get; }
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>True when the object is held as compact JSON (see <see cref="Compact"/>).</summary>
    public bool IsCompact => _utf8 is not null;

    public string? Uid => GetString("metadata", "uid");
    public string? ResourceVersion => GetString("metadata", "resourceVersion");
    public long? Generation => GetInt64("metadata", "generation");
    public string? DeletionTimestamp => GetString("metadata", "deletionTimestamp");
    public string? CreationTimestamp => GetString("metadata", "creationTimestamp");

    /// <summary>The key HookSync uses to pair and order objects.</summary>
    public ResourceKey Key => new(Group, Kind, Namespace, Name);

    /// <summary>Reads a node by path; null when any step is missing or not an object.</summary>
    /// <remarks>The node must only be read; of a compact object it is a fresh copy of that part of the document.</remarks>
    public JsonNode? Select(params string[] path)
    {
        if (_utf8 is null)
        {
            return SelectIn(_root, path);
        }
        if (_metadataEdits is not null && (path.Length == 0 || path[0] == "metadata"))
        {
            return SelectIn(ToJsonObject(), path);
        }
        var reader = new Utf8JsonReader(_utf8, ReaderOptions);
        return Seek(ref reader, path) ? JsonNode.Parse(ref reader) : null;
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
    public JsonObject ToJsonObject()
    {
        if (_utf8 is null)
        {
            return (JsonObject)_root!.DeepClone();
        }
        var root = (JsonObject)JsonNode.Parse(_utf8, nodeOptions: null, DocumentOptions)!;
        foreach (var (field, value) in _metadataEdits ?? [])
        {
            EnsureObject(root, "metadata")[field] = value;
        }
        return root;
    }

    public string ToJsonString() => _utf8 is null ? _root!.ToJsonString()
        : _metadataEdits is null ? Encoding.UTF8.GetString(_utf8)
        : ToJsonObject().ToJsonString();

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
        return Rewrap(copy);
    }

    /// <summary>Returns a copy changed by <paramref name="edit"/>, which receives a private deep copy.</summary>
    public KubeObject With(Action<JsonObject> edit)
    {
        var copy = ToJsonObject();
        edit(copy);
        return Rewrap(copy);
    }

    public override string ToString() => $"{Kind}/{(Name.Length > 0 ? Name : GenerateName + "*")}";

    private KubeObject WithMetadata(string field, string value)
    {
        if (_utf8 is not null)
        {
            return new KubeObject(this, null, field, value);
        }
        var copy = ToJsonObject();
        EnsureObject(copy, "metadata")[field] = value;
        return new KubeObject(this, copy, field, value);
    }

    // A copy keeps the form of its original.
    private KubeObject Rewrap(JsonObject copy) => new(copy, _utf8 is null ? null : Serialize(copy));

    private static byte[] Serialize(JsonObject root)
    {
        // Default writer options, as JsonNode.ToJsonString uses: ToJsonString of either form is the same text.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            root.WriteTo(writer);
        }
        var bytes = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > 1024 * 1024)
        {
            // One huge object must not pin its buffer for the rest of the run.
            t_buffer = null;
        }
        return bytes;
    }

    // Moves the reader to the value at path (the root for an empty path); false when a step is missing or not an object.
    private static bool Seek(ref Utf8JsonReader reader, string[] path)
    {
        if (!reader.Read())
        {
            return false;
        }
        foreach (var step in path)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            var found = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(step);
                reader.Read();
                if (match)
                {
                    found = true;
                    break;
                }
                reader.Skip();
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }

    private static JsonNode? SelectIn(JsonNode? node, string[] path)
    {
        foreach (var step in path)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(step, out node))
            {
                return null;
            }
        }
        return node;
    }

    private static string? StringAt(JsonObject? parent, string field) =>
        parent is not null && parent.TryGetPropertyValue(field, out var node) && node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

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

    // Annotation keys, common values and namespaces repeat across thousands of objects; the literals in HookSync's own
    // code (annotation keys, "default", "true") are interned already, so equal strings share them instead of a copy each.
    private static string Shared(string text) => text.Length is 0 or > 64 ? text : string.IsInterned(text) ?? text;

    private static IReadOnlyDictionary<string, string> ReadStringMap(JsonObject? metadata, string field)
    {
        if (metadata is null || !metadata.TryGetPropertyValue(field, out var node) || node is not JsonObject { Count: > 0 } map)
        {
            return NoEntries;
        }
        var pairs = new string[map.Count * 2];
        var i = 0;
        foreach (var (key, value) in map)
        {
            // Kubernetes requires string values; a YAML number or bool here would be rejected by the
            // API server, but we still read it as text so annotation parsing can report it.
            pairs[i++] = Shared(key);
            pairs[i++] = Shared(value switch
            {
                null => string.Empty,
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                _ => value.ToJsonString(),
            });
        }
        if (map.Count <= SmallStringMap.MaxEntries)
        {
            return new SmallStringMap(pairs);
        }
        var result = new Dictionary<string, string>(map.Count, StringComparer.Ordinal);
        for (var j = 0; j < pairs.Length; j += 2)
        {
            result[pairs[j]] = pairs[j + 1];
        }
        return result;
    }
}
