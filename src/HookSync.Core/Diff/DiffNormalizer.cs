using System.Text;
using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Diff;

/// <summary>
/// DF-1: what <c>diff</c> leaves out of both sides before comparing, because the server writes it and no manifest sets it:
/// <c>status</c>, <c>metadata.managedFields</c>, <c>resourceVersion</c>, <c>generation</c>, <c>uid</c>,
/// <c>creationTimestamp</c>, <c>selfLink</c>, and the <c>kubectl.kubernetes.io/last-applied-configuration</c> annotation,
/// as Argo CD's diff does (an annotations map left empty goes too). A Secret's <c>stringData</c> is folded into
/// <c>data</c> (base64), as the API server stores it and Argo CD's NormalizeSecret does.
/// </summary>
public static class DiffNormalizer
{
    public const string LastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration";

    private static readonly string[] ServerMetadata = ["managedFields", "resourceVersion", "generation", "uid", "creationTimestamp", "selfLink"];

    /// <summary>A normalised deep copy of <paramref name="obj"/>.</summary>
    public static JsonObject Normalize(KubeObject obj)
    {
        var root = obj.ToJsonObject();
        root.Remove("status");
        if (root["metadata"] is JsonObject metadata)
        {
            foreach (var field in ServerMetadata)
            {
                metadata.Remove(field);
            }
            if (metadata["annotations"] is JsonObject annotations)
            {
                annotations.Remove(LastAppliedAnnotation);
                if (annotations.Count == 0)
                {
                    metadata.Remove("annotations");
                }
            }
        }
        if (IsSecret(obj))
        {
            FoldStringData(root);
        }
        return root;
    }

    /// <summary>True for a core <c>v1</c> Secret, the kind whose values are never shown.</summary>
    public static bool IsSecret(KubeObject obj) => obj.Kind == "Secret" && obj.Group.Length == 0;

    private static void FoldStringData(JsonObject secret)
    {
        if (secret["stringData"] is not JsonObject stringData)
        {
            secret.Remove("stringData");
            return;
        }
        if (secret["data"] is not JsonObject data)
        {
            data = new JsonObject();
            secret["data"] = data;
        }
        foreach (var (key, value) in stringData.ToList())
        {
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? string.Empty;
            data[key] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        }
        secret.Remove("stringData");
    }
}
