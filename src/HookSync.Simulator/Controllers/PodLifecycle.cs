using HookSync.Simulator.Scripting;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>Drives one pod through Pending → Running → (Succeeded | Failed | Ready), writing its log as it goes.</summary>
internal sealed class PodLifecycle(ControllerKit kit)
{
    /// <param name="podKey">The pod.</param>
    /// <param name="uid">The pod's uid (steps stop if the pod is replaced or deleted).</param>
    /// <param name="pullBackOff">The pod's image never pulls.</param>
    /// <param name="outcome">How the work ends (Succeed, Fail, StayProgressing).</param>
    /// <param name="duration">How long the work takes.</param>
    /// <param name="runsToCompletion">restartPolicy Never/OnFailure (or a Job's pod) rather than Always.</param>
    /// <param name="onTerminated">Called with failed=true/false once the pod has terminated.</param>
    /// <param name="cause">A staged runtime cause (<c>--simulate-fail KIND/NAME=CAUSE</c>): the pod shows it and goes no further.</param>
    public void Start(ObjectKey podKey, string uid, bool pullBackOff, Outcome outcome, TimeSpan duration, bool runsToCompletion, Action<bool>? onTerminated,
        SimulatedCause? cause = null)
    {
        var name = podKey.Name;
        kit.After(duration / 3, () =>
        {
            if (cause is { } staged && CauseStaging.ShowsOnPods(staged))
            {
                if (new CauseStaging(kit).Stage(podKey, uid, staged, runsToCompletion))
                {
                    onTerminated?.Invoke(true);
                }
                return;
            }
            if (pullBackOff)
            {
                kit.Update(podKey, uid, (pod, tx) => PodStatuses.ImagePullBackOff(pod, tx.Now));
                return;
            }
            if (kit.Update(podKey, uid, (pod, tx) => PodStatuses.Running(pod, tx.Now, ready: false)) is null)
            {
                return;
            }
            kit.Context.Logs.Append(name, $"starting {name}");
            kit.After(duration - (duration / 3), () => Finish(podKey, uid, outcome, runsToCompletion, onTerminated));
        });
    }

    private void Finish(ObjectKey podKey, string uid, Outcome outcome, bool runsToCompletion, Action<bool>? onTerminated)
    {
        var name = podKey.Name;
        if (outcome == Outcome.StayProgressing)
        {
            kit.Context.Logs.Append(name, $"{name}: still working");
            return;
        }
        if (!runsToCompletion)
        {
            kit.Update(podKey, uid, (pod, tx) => PodStatuses.Running(pod, tx.Now, ready: true));
            kit.Context.Logs.Append(name, $"{name} is ready");
            return;
        }
        var failed = outcome == Outcome.Fail;
        kit.Context.Logs.Append(name, failed ? [$"error: {name} failed", "exit status 1"] : [$"{name} completed"]);
        if (kit.Update(podKey, uid, (pod, tx) => PodStatuses.Terminated(pod, tx.Now, failed)) is not null)
        {
            onTerminated?.Invoke(failed);
        }
    }
}
