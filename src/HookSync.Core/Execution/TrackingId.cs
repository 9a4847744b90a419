using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.Core.Execution;

/// <summary>D-11: <c>&lt;app&gt;:&lt;group&gt;/&lt;kind&gt;:&lt;namespace&gt;/&lt;name&gt;</c> on every applied object.</summary>
public static class TrackingId
{
    public static string For(string appName, KubeObject obj) =>
        $"{appName}:{obj.Group}/{obj.Kind}:{obj.Namespace}/{obj.Name}";

    /// <summary>A copy of the object carrying the tracking annotation; the plan's object is not changed.</summary>
    public static KubeObject Annotate(string appName, KubeObject obj) =>
        obj.WithAnnotation(AnnotationKeys.TrackingId, For(appName, obj));
}
