using System.Text.Json.Nodes;
using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.Testing;

/// <summary>Builds manifest documents for tests: <c>ManifestBuilder.Job("migrate").Hook("PreSync").Wave(-1).Build()</c>.</summary>
public sealed class ManifestBuilder
{
    private readonly JsonObject _root;
    private string _file = "manifests.yaml";
    private int _line = 1;

    private ManifestBuilder(string apiVersion, string kind, string? name)
    {
        _root = new JsonObject
        {
            ["apiVersion"] = apiVersion,
            ["kind"] = kind,
            ["metadata"] = new JsonObject(),
        };
        if (name is not null)
        {
            Metadata["name"] = name;
        }
    }

    private JsonObject Metadata => (JsonObject)_root["metadata"]!;

    public static ManifestBuilder Of(string apiVersion, string kind, string? name) => new(apiVersion, kind, name);

    public static ManifestBuilder Pod(string? name) => new ManifestBuilder("v1", "Pod", name)
        .Spec(new JsonObject
        {
            ["restartPolicy"] = "Never",
            ["containers"] = new JsonArray(new JsonObject { ["name"] = "main", ["image"] = "busybox" }),
        });

    public static ManifestBuilder Job(string? name) => new ManifestBuilder("batch/v1", "Job", name)
        .Spec(new JsonObject
        {
            ["template"] = new JsonObject
            {
                ["spec"] = new JsonObject
                {
                    ["restartPolicy"] = "Never",
                    ["containers"] = new JsonArray(new JsonObject { ["name"] = "main", ["image"] = "busybox" }),
                },
            },
        });

    public static ManifestBuilder Service(string name) => new ManifestBuilder("v1", "Service", name)
        .Spec(new JsonObject { ["ports"] = new JsonArray(new JsonObject { ["port"] = 80 }) });

    public static ManifestBuilder ConfigMap(string name) => new("v1", "ConfigMap", name);

    public static ManifestBuilder Deployment(string name) => new ManifestBuilder("apps/v1", "Deployment", name)
        .Spec(new JsonObject { ["replicas"] = 1 });

    public static ManifestBuilder Namespace(string name) => new("v1", "Namespace", name);

    public static ManifestBuilder Crd(string group, string kind, string plural, string scope = "Namespaced") =>
        new ManifestBuilder("apiextensions.k8s.io/v1", "CustomResourceDefinition", $"{plural}.{group}")
            .Spec(new JsonObject
            {
                ["group"] = group,
                ["scope"] = scope,
                ["names"] = new JsonObject { ["kind"] = kind, ["plural"] = plural },
            });

    public ManifestBuilder GenerateName(string prefix)
    {
        Metadata.Remove("name");
        Metadata["generateName"] = prefix;
        return this;
    }

    public ManifestBuilder InNamespace(string ns)
    {
        Metadata["namespace"] = ns;
        return this;
    }

    public ManifestBuilder Annotate(string key, string value)
    {
        if (Metadata["annotations"] is not JsonObject annotations)
        {
            annotations = new JsonObject();
            Metadata["annotations"] = annotations;
        }
        annotations[key] = value;
        return this;
    }

    public ManifestBuilder Hook(string value) => Annotate(AnnotationKeys.Hook, value);

    public ManifestBuilder HelmHook(string value) => Annotate(AnnotationKeys.HelmHook, value);

    public ManifestBuilder DeletePolicy(string value) => Annotate(AnnotationKeys.HookDeletePolicy, value);

    public ManifestBuilder Wave(string value) => Annotate(AnnotationKeys.SyncWave, value);

    public ManifestBuilder Wave(int value) => Wave(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public ManifestBuilder Spec(JsonObject spec)
    {
        _root["spec"] = spec;
        return this;
    }

    public ManifestBuilder At(string file, int line)
    {
        _file = file;
        _line = line;
        return this;
    }

    public KubeObject Object() => KubeObject.FromJson(_root);

    public ManifestDocument Build() => new(KubeObject.FromJson(_root), new SourceLocation(_file, _line));
}
