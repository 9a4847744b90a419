using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>One entry of a Kubernetes <c>status.conditions</c> list, as the health rules read it.</summary>
internal sealed record StatusCondition(string Type, string Status, string Reason, string Message)
{
    /// <summary>The object's <c>status.conditions</c>, in order; entries that are not objects are skipped.</summary>
    public static IReadOnlyList<StatusCondition> ListOf(KubeObject live) => FromArray(live.Select("status", "conditions") as JsonArray);

    /// <summary>Reads a JSON array of condition objects; a missing array is an empty list.</summary>
    public static IReadOnlyList<StatusCondition> FromArray(JsonArray? array, bool ignoreCase = false)
    {
        if (array is null)
        {
            return [];
        }
        var result = new List<StatusCondition>(array.Count);
        foreach (var item in array)
        {
            if (item is JsonObject entry)
            {
                result.Add(new StatusCondition(
                    Text(entry, "type", ignoreCase),
                    Text(entry, "status", ignoreCase),
                    Text(entry, "reason", ignoreCase),
                    Text(entry, "message", ignoreCase)));
            }
        }
        return result;
    }

    /// <summary>The first condition of <paramref name="type"/>, or null.</summary>
    public static StatusCondition? Find(IReadOnlyList<StatusCondition> conditions, string type) =>
        conditions.FirstOrDefault(c => c.Type == type);

    public bool IsTrue => Status == "True";

    private static string Text(JsonObject entry, string name, bool ignoreCase)
    {
        foreach (var (key, value) in entry)
        {
            // Go's encoding/json (used for the HPA v1 annotation) matches field names case-insensitively.
            var matches = ignoreCase ? string.Equals(key, name, StringComparison.OrdinalIgnoreCase) : key == name;
            if (matches && value is JsonValue v && v.TryGetValue<string>(out var s))
            {
                return s;
            }
        }
        return string.Empty;
    }
}
