using HookSync.Simulator.Scripting;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>The kubelet for bare Pods: Never/OnFailure pods run to Succeeded or Failed; Always pods become Running and Ready.</summary>
internal sealed class PodController(ControllerKit kit, PodLifecycle pods)
{
    public void OnChange(WatchEvent change)
    {
        // A Job's pod is driven by the Job controller, a ReplicaSet's (only with a staged cause) by the Deployment controller.
        if (change.Type != WatchEvent.Added || !change.Key.SameKind("", "pods") || ControllerKit.IsOwnedBy(change.Object, "Job")
            || ControllerKit.IsOwnedBy(change.Object, "ReplicaSet"))
        {
            return;
        }
        var pod = change.Object;
        var behaviour = kit.BehaviourOf(pod);
        var restartPolicy = pod.Str("spec", "restartPolicy") ?? "Always";
        pods.Start(change.Key, pod.Str("metadata", "uid")!, behaviour.Outcome == Outcome.ImagePullBackOff, behaviour.Outcome,
            behaviour.Duration(kit.WorkDuration), runsToCompletion: restartPolicy != "Always", onTerminated: null, behaviour.Cause);
    }
}
