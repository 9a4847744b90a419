using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Apply;

/// <summary>
/// Leaf field paths, the unit of server-side apply ownership in this simulator. A path is its segments joined by a
/// separator that cannot occur in a key; lists count as one leaf (a simplification of associative lists).
/// </summary>
internal static class FieldPaths
{
    public const char Separator = '\u001f';

    private static readonly HashSet<string> IdentityMetadata = new(StringComparer.Ordinal)
    {
        "name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "deletionTimestamp", "selfLink",
    };

    /// <summary>The leaf paths set by an applied configuration (identity fields and status excluded).</summary>
    public static ImmutableHashSet<string> Leaves(JsonObject applied)
    {
        var leaves = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var (name, value) in applied)
        {
            if (name is "apiVersion" or "kind" or "status")
            {
                continue;
            }
            if (name == "metadata" && value is JsonObject metadata)
            {
                foreach (var (metaName, metaValue) in metadata.Where(p => !IdentityMetadata.Contains(p.Key)))
                {
                    Collect("metadata" + Separator + metaName, metaValue, leaves);
                }
                continue;
            }
            Collect(name, value, leaves);
        }
        return leaves.ToImmutable();
    }

    /// <summary>Leaf paths whose value differs between two versions of an object (for Update ownership).</summary>
    public static ImmutableHashSet<string> Changed(JsonObject before, JsonObject after)
    {
        var all = Leaves(before).Union(Leaves(after));
        return [.. all.Where(p => !JsonNode.DeepEquals(Get(before, p), Get(after, p)))];
    }

    public static JsonNode? Get(JsonNode? root, string path)
    {
        foreach (var segment in path.Split(Separator))
        {
            if (root is not JsonObject obj || !obj.TryGetPropertyValue(segment, out root))
            {
                return null;
            }
        }
        return root;
    }

    public static void Remove(JsonObject root, string path)
    {
        var segments = path.Split(Separator);
        JsonNode? node = root;
        foreach (var segment in segments[..^1])
        {
            node = node is JsonObject obj ? obj[segment] : null;
        }
        (node as JsonObject)?.Remove(segments[^1]);
    }

    public static bool Overlaps(string left, string right) =>
        string.Equals(left, right, StringComparison.Ordinal)
        || left.StartsWith(right + Separator, StringComparison.Ordinal)
        || right.StartsWith(left + Separator, StringComparison.Ordinal);

    /// <summary>The path as kubectl prints it in conflicts: <c>.spec.replicas</c>.</summary>
    public static string Display(string path) => "." + path.Replace(Separator, '.');

    public static IReadOnlyList<string> Segments(string path) => path.Split(Separator);

    private static void Collect(string prefix, JsonNode? value, ImmutableHashSet<string>.Builder leaves)
    {
        if (value is JsonObject obj && obj.Count > 0)
        {
            foreach (var (name, child) in obj)
            {
                Collect(prefix + Separator + name, child, leaves);
            }
            return;
        }
        leaves.Add(prefix);
    }
}
