using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>An object in the manifests that makes no task: annotated Skip, or ignored (A5).</summary>
public sealed record SkippedObject(KubeObject Object, SourceLocation Source, ObjectRole Role);
