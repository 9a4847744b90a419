using System.Globalization;

namespace HookSync.Manifests.Parsing;

/// <summary>Start lines of the few nodes diagnostics point at: <c>apiVersion</c>, <c>kind</c>, <c>metadata</c> and <c>items</c>, a few levels deep.</summary>
/// <remarks>Recording every node would cost time on large CRDs; these paths are the ones validation reports on.</remarks>
internal sealed class LineMap
{
    /// <summary>The key of the document root.</summary>
    public const string RootKey = "";

    // Deep enough for items[i].metadata.annotations.key in a List.
    private const int MaxDepth = 5;
    private const char Separator = '\0';

    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    /// <summary>The key for a child of <paramref name="parentKey"/> at <paramref name="parentDepth"/>, or null when it is not tracked.</summary>
    public static string? ChildKey(string? parentKey, int parentDepth, string segment)
    {
        if (parentKey is null || parentDepth + 1 > MaxDepth)
        {
            return null;
        }
        if (parentKey.Length == 0)
        {
            return segment is "apiVersion" or "kind" or "metadata" or "items" ? segment : null;
        }
        return string.Concat(parentKey, Separator.ToString(), segment);
    }

    /// <summary>The key for the element at <paramref name="index"/> of a tracked sequence.</summary>
    public static string? ChildKey(string? parentKey, int parentDepth, int index) =>
        ChildKey(parentKey, parentDepth, index.ToString(CultureInfo.InvariantCulture));

    public void Record(string key, int line) => _lines.TryAdd(key, line);

    /// <summary>The line of the node at <paramref name="path"/>, else of its nearest recorded ancestor, else <paramref name="fallback"/>.</summary>
    public int LineOf(int fallback, IReadOnlyList<string> path)
    {
        for (var length = path.Count; length > 0; length--)
        {
            if (_lines.TryGetValue(string.Join(Separator, path.Take(length)), out var line))
            {
                return line;
            }
        }
        return fallback;
    }
}
