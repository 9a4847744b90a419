using System.Text.Json.Nodes;
using HookSync.Testing;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>Manifests the scenarios share, on top of <see cref="ManifestBuilder"/>.</summary>
internal static class ScenarioManifests
{
    public const string Pods = "/api/v1/namespaces/default/pods/";
    public const string Jobs = "/apis/batch/v1/namespaces/default/jobs/";
    public const string Services = "/api/v1/namespaces/default/services/";
    public const string ConfigMaps = "/api/v1/namespaces/default/configmaps/";
    public const string Deployments = "/apis/apps/v1/namespaces/default/deployments/";

    /// <summary>A long-running Pod (restartPolicy Always): healthy once Running and Ready.</summary>
    public static ManifestBuilder AlwaysPod(string name) => ManifestBuilder.Pod(name).Spec(new JsonObject
    {
        ["restartPolicy"] = "Always",
        ["containers"] = new JsonArray(new JsonObject { ["name"] = "main", ["image"] = "nginx:1.27" }),
    });

    public static ManifestBuilder HookPod(string name, string phase, string? policy = null)
    {
        var pod = ManifestBuilder.Pod(name).Hook(phase);
        return policy is null ? pod : pod.DeletePolicy(policy);
    }

    public static ManifestBuilder HookJob(string name, string phase, string? policy = null)
    {
        var job = ManifestBuilder.Job(name).Hook(phase);
        return policy is null ? job : job.DeletePolicy(policy);
    }

    public static ManifestBuilder Deployment(string name) => ManifestBuilder.Of("apps/v1", "Deployment", name).Spec(new JsonObject
    {
        ["replicas"] = 1,
        ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = name } },
        ["template"] = new JsonObject
        {
            ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = name } },
            ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "main", ["image"] = "nginx:1.27" }) },
        },
    });
}
