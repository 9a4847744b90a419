using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

/// <summary>Builds the small manifests tests apply; each call returns a fresh object.</summary>
internal static class Manifests
{
    public static JsonObject ConfigMap(string name, string value = "1", JsonObject? labels = null) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = labels ?? [] },
        ["data"] = new JsonObject { ["key"] = value },
    };

    public static JsonObject Job(string? name, string? generateName = null, string image = "busybox:1.36") => new()
    {
        ["apiVersion"] = "batch/v1",
        ["kind"] = "Job",
        ["metadata"] = Metadata(name, generateName),
        ["spec"] = new JsonObject
        {
            ["backoffLimit"] = 0,
            ["template"] = new JsonObject
            {
                ["spec"] = new JsonObject
                {
                    ["restartPolicy"] = "Never",
                    ["containers"] = new JsonArray(new JsonObject { ["name"] = "main", ["image"] = image }),
                },
            },
        },
    };

    public static JsonObject Pod(string name, string restartPolicy, string image = "busybox:1.36") => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Pod",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = new JsonObject
        {
            ["restartPolicy"] = restartPolicy,
            ["containers"] = new JsonArray(new JsonObject { ["name"] = "main", ["image"] = image }),
        },
    };

    public static JsonObject Deployment(string name, int replicas = 2, string image = "nginx:1.27") => new()
    {
        ["apiVersion"] = "apps/v1",
        ["kind"] = "Deployment",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = new JsonObject
        {
            ["replicas"] = replicas,
            ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = name } },
            ["template"] = new JsonObject
            {
                ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = name } },
                ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "web", ["image"] = image }) },
            },
        },
    };

    public static JsonObject WorkflowCrd(string scope = "Namespaced") => new()
    {
        ["apiVersion"] = "apiextensions.k8s.io/v1",
        ["kind"] = "CustomResourceDefinition",
        ["metadata"] = new JsonObject { ["name"] = "workflows.argoproj.io" },
        ["spec"] = new JsonObject
        {
            ["group"] = "argoproj.io",
            ["scope"] = scope,
            ["names"] = new JsonObject { ["kind"] = "Workflow", ["plural"] = "workflows", ["singular"] = "workflow", ["shortNames"] = new JsonArray("wf"), ["listKind"] = "WorkflowList" },
            ["versions"] = new JsonArray(new JsonObject
            {
                ["name"] = "v1alpha1", ["served"] = true, ["storage"] = true,
                ["schema"] = new JsonObject { ["openAPIV3Schema"] = new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true } },
                ["subresources"] = new JsonObject(),
            }),
        },
    };

    private static JsonObject Metadata(string? name, string? generateName)
    {
        var metadata = new JsonObject();
        if (name is not null)
        {
            metadata["name"] = name;
        }
        if (generateName is not null)
        {
            metadata["generateName"] = generateName;
        }
        return metadata;
    }
}
