using System.Globalization;

namespace HookSync.Core.Execution;

/// <summary>
/// Orders resourceVersions. The API calls them opaque, but every API server hands out etcd revisions (integers that grow
/// with every write), and an informer sharing one watch between objects must tell an event older than what an object's
/// apply already returned. Versions that are not integers are never ordered: they only compare as equal or not.
/// </summary>
internal static class ResourceVersions
{
    /// <summary>True when <paramref name="version"/> is known to be later than <paramref name="than"/> (or they differ and cannot be ordered).</summary>
    public static bool IsNewer(string? version, string? than)
    {
        if (version is null || than is null)
        {
            return version != than || version is null;
        }
        return TryParse(version, out var a) && TryParse(than, out var b) ? a > b : version != than;
    }

    /// <summary>True only when both are integers and <paramref name="version"/> &lt; <paramref name="than"/>.</summary>
    public static bool IsOlder(string? version, string? than) =>
        TryParse(version, out var a) && TryParse(than, out var b) && a < b;

    /// <summary>True only when both are integers and <paramref name="version"/> ≥ <paramref name="than"/>.</summary>
    public static bool IsAtLeast(string? version, string? than) =>
        TryParse(version, out var a) && (than is null || (TryParse(than, out var b) && a >= b));

    private static bool TryParse(string? version, out ulong value) =>
        ulong.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
