using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Execution;

/// <summary>
/// ApplyOutOfSyncOnly: is the live object already what the apply would make it? The server-side dry-run's answer is compared
/// with the live object, leaving out what the server changes on every write or keeps for itself.
/// </summary>
internal static class LiveComparison
{
    private static readonly string[] ServerMetadata = ["managedFields", "resourceVersion", "generation", "creationTimestamp", "uid", "selfLink"];

    public static bool InSync(KubeObject live, KubeObject dryRunResult) =>
        JsonNode.DeepEquals(Normalised(live), Normalised(dryRunResult));

    private static JsonObject Normalised(KubeObject obj)
    {
        var json = obj.ToJsonObject();
        json.Remove("status");
        if (json["metadata"] is JsonObject metadata)
        {
            foreach (var key in ServerMetadata)
            {
                metadata.Remove(key);
            }
        }
        return json;
    }
}
