using HookSync.Core.Model;

namespace HookSync.Core.Tests.Execution;

/// <summary>Manifests for engine tests.</summary>
internal static class TestObjects
{
    public static KubeObject Pod(string name, string ns = "default", string restartPolicy = "Never") =>
        KubeObject.Parse($$$"""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},"spec":{"restartPolicy":"{{{restartPolicy}}}","containers":[{"name":"main","image":"busybox"}]}}""");

    public static KubeObject Job(string name, string ns = "default", string image = "busybox") =>
        KubeObject.Parse($$$$$"""{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"{{{{{name}}}}}","namespace":"{{{{{ns}}}}}"},"spec":{"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"{{{{{image}}}}}"}]}}}}""");

    public static KubeObject Service(string name, string ns = "default") =>
        KubeObject.Parse($$$"""{"apiVersion":"v1","kind":"Service","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},"spec":{"ports":[{"port":80}]}}""");

    public static KubeObject ConfigMap(string name, string ns = "default") =>
        KubeObject.Parse($$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},"data":{"k":"v"}}""");

    public static KubeObject Deployment(string name, string ns = "default") =>
        KubeObject.Parse($$$"""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},"spec":{"replicas":1}}""");

    public static KubeObject Namespace(string name) =>
        KubeObject.Parse($$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"}}""");

    public static KubeObject Widget(string name, string ns = "default") =>
        KubeObject.Parse($$$"""{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"}}""");

    public static KubeObject WidgetCrd() =>
        KubeObject.Parse("""{"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"widgets.example.com"},"spec":{"group":"example.com","names":{"kind":"Widget","plural":"widgets"},"scope":"Namespaced","versions":[{"name":"v1","served":true,"storage":true}]}}""");
}
