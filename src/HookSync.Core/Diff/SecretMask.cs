using System.Text.Json.Nodes;

namespace HookSync.Core.Diff;

/// <summary>
/// DF-2: a Secret's values never reach a diff. As Argo CD's HideSecretData: every <c>data</c> value (stringData already
/// folded in) is replaced by pluses; per key, the first distinct value (desired first, then live) gets
/// <see cref="FirstMask"/> and each further distinct value one more <c>+</c>. So a key whose value changes shows as a
/// changed line naming the key, equal values stay equal, and no length or character of a value is revealed.
/// </summary>
public static class SecretMask
{
    public const string FirstMask = "++++++++";

    /// <summary>Masks the <c>data</c> of the normalised Secrets given (either may be null: a create or a prune) in place.</summary>
    public static void Apply(JsonObject? desired, JsonObject? live)
    {
        var sides = new[] { desired, live };
        var keys = sides
            .Select(side => side?["data"] as JsonObject)
            .OfType<JsonObject>()
            .SelectMany(data => data.Select(e => e.Key))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var key in keys)
        {
            var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var data in sides.Select(side => side?["data"] as JsonObject))
            {
                if (data is null || !data.TryGetPropertyValue(key, out var value))
                {
                    continue;
                }
                var text = value?.ToJsonString() ?? "null";
                if (!replacements.TryGetValue(text, out var mask))
                {
                    mask = FirstMask + new string('+', replacements.Count);
                    replacements[text] = mask;
                }
                data[key] = mask;
            }
        }
    }
}
