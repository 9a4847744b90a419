using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Planning;

namespace HookSync.Core.Tests.Execution;

/// <summary>Builds SyncPlans by hand, in the order the tasks are given (the planner's job is not under test here).</summary>
internal static class TestPlan
{
    public static SyncTask Resource(KubeObject obj, int wave = 0, SyncPhase phase = SyncPhase.Sync, bool skipDryRun = false) =>
        new(phase, wave, obj, new SourceLocation("app.yaml", 1), new HookSpec(ObjectRole.Resource, [SyncPhase.Sync], [], wave, null), skipDryRun);

    public static SyncTask Hook(KubeObject obj, SyncPhase phase, int wave = 0, HookDeletePolicy[]? policies = null, TimeSpan? timeout = null) =>
        new(phase, wave, obj, new SourceLocation("hooks.yaml", 1),
            new HookSpec(ObjectRole.Hook, [phase], policies ?? [HookDeletePolicy.BeforeHookCreation], wave, timeout), false);

    public static SyncPlan Of(params SyncTask[] tasks) =>
        new(tasks, [], [], new PlanContext("3f2a1b7c0ffee", DateTimeOffset.UnixEpoch, "default", new NoScopes()));

    private sealed class NoScopes : IResourceScopes
    {
        public bool? IsNamespaced(GroupKind kind) => kind.Kind != "Namespace";
    }
}
