using System.Collections.Concurrent;

namespace HookSync.Core.Model;

/// <summary>The apiVersion, kind and parsed <see cref="GroupVersionKind"/> of an object, shared by every object of the same type.</summary>
/// <remarks>A plan of 20,000 objects has a handful of types; sharing them saves the per-object copies of
/// <c>apps</c>, <c>v1</c> and <c>Deployment</c> that splitting apiVersion would otherwise make for each.</remarks>
internal sealed record TypeIdentity(string ApiVersion, string Kind, GroupVersionKind Gvk)
{
    // Bounded, so a hostile input with endless made-up kinds cannot grow it without limit; past it, types are not shared.
    private const int MaxShared = 4096;

    private static readonly ConcurrentDictionary<(string ApiVersion, string Kind), TypeIdentity> Known = new();

    public static TypeIdentity Of(string apiVersion, string kind)
    {
        if (Known.TryGetValue((apiVersion, kind), out var known))
        {
            return known;
        }
        var created = new TypeIdentity(apiVersion, kind, GroupVersionKind.From(apiVersion, kind));
        return Known.Count < MaxShared ? Known.GetOrAdd((apiVersion, kind), created) : created;
    }
}
