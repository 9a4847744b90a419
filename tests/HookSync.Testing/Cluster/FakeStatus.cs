using System.Text.Json.Nodes;

namespace HookSync.Testing.Cluster;

/// <summary>The status the fake controllers write, shaped like the real controllers' (docs/simulator.md).</summary>
internal static class FakeStatus
{
    public static JsonObject? Initial(JsonObject body) => Kind(body) switch
    {
        ("", "Pod") => new JsonObject { ["phase"] = "Pending" },
        ("batch", "Job") => new JsonObject { ["active"] = 1 },
        ("apps", "Deployment") => new JsonObject { ["observedGeneration"] = 1 },
        _ => null,
    };

    public static JsonObject? Final(JsonObject body, ObjectOutcome outcome, bool scripted)
    {
        var name = body["metadata"]?["name"]?.GetValue<string>() ?? string.Empty;
        return (Kind(body), outcome) switch
        {
            (("", "Pod"), ObjectOutcome.Succeed) when RestartsAlways(body) =>
                new JsonObject { ["phase"] = "Running", ["conditions"] = Conditions(("Ready", "True", "", "")) },
            (("", "Pod"), ObjectOutcome.Succeed) => new JsonObject { ["phase"] = "Succeeded" },
            (("", "Pod"), ObjectOutcome.Fail) => new JsonObject { ["phase"] = "Failed", ["message"] = "container \"main\" failed with exit code 1" },
            (("", "Pod"), _) => new JsonObject { ["phase"] = "Running" },
            (("batch", "Job"), ObjectOutcome.Succeed) => new JsonObject { ["succeeded"] = 1, ["conditions"] = Conditions(("Complete", "True", "", "")) },
            (("batch", "Job"), ObjectOutcome.Fail) => new JsonObject
            {
                ["failed"] = 1,
                ["conditions"] = Conditions(("Failed", "True", "BackoffLimitExceeded", "Job has reached the specified backoff limit")),
            },
            (("batch", "Job"), _) => new JsonObject { ["active"] = 1 },
            (("apps", "Deployment"), ObjectOutcome.Succeed) => new JsonObject
            {
                ["observedGeneration"] = 1,
                ["replicas"] = Replicas(body),
                ["updatedReplicas"] = Replicas(body),
                ["availableReplicas"] = Replicas(body),
                ["conditions"] = Conditions(("Available", "True", "MinimumReplicasAvailable", "")),
            },
            (("apps", "Deployment"), ObjectOutcome.Fail) => new JsonObject
            {
                ["observedGeneration"] = 1,
                ["conditions"] = Conditions(("Progressing", "False", "ProgressDeadlineExceeded", $"Deployment \"{name}\" exceeded its progress deadline")),
            },
            (("apps", "Deployment"), _) => new JsonObject { ["observedGeneration"] = 1 },
            (_, var other) when scripted => new JsonObject
            {
                ["testHealth"] = other switch
                {
                    ObjectOutcome.Succeed => "Healthy",
                    ObjectOutcome.Fail => "Degraded",
                    _ => "Progressing",
                },
            },
            _ => null,
        };
    }

    public static (string Group, string Kind) Kind(JsonObject body)
    {
        var apiVersion = body["apiVersion"]?.GetValue<string>() ?? string.Empty;
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return (slash < 0 ? string.Empty : apiVersion[..slash], body["kind"]?.GetValue<string>() ?? string.Empty);
    }

    private static long Replicas(JsonObject body) => HookSync.Core.Model.KubeObject.FromJson(body).GetInt64("spec", "replicas") ?? 1;

    private static bool RestartsAlways(JsonObject body) =>
        (body["spec"]?["restartPolicy"]?.GetValue<string>() ?? "Always") == "Always";

    private static JsonArray Conditions(params (string Type, string Status, string Reason, string Message)[] conditions)
    {
        var array = new JsonArray();
        foreach (var (type, status, reason, message) in conditions)
        {
            array.Add(new JsonObject { ["type"] = type, ["status"] = status, ["reason"] = reason, ["message"] = message });
        }
        return array;
    }
}
