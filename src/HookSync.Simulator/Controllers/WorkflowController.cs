using System.Text.Json.Nodes;
using HookSync.Simulator.Scripting;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>The Argo Workflows controller, reduced: a Workflow goes Running, then Succeeded or Failed.</summary>
internal sealed class WorkflowController(ControllerKit kit)
{
    public void OnChange(WatchEvent change)
    {
        if (change.Type != WatchEvent.Added || !change.Key.SameKind("argoproj.io", "workflows"))
        {
            return;
        }
        var uid = change.Object.Str("metadata", "uid")!;
        var behaviour = kit.BehaviourOf(change.Object);
        var duration = behaviour.Duration(kit.WorkDuration);
        kit.After(duration / 3, () =>
        {
            kit.Update(change.Key, uid, (live, tx) => live["status"] = new JsonObject
            {
                ["phase"] = "Running", ["startedAt"] = tx.Now, ["progress"] = "0/1",
            });
            if (behaviour.Outcome is Outcome.StayProgressing or Outcome.ImagePullBackOff)
            {
                return;
            }
            var failed = behaviour.Outcome == Outcome.Fail;
            kit.After(duration - (duration / 3), () => kit.Update(change.Key, uid, (live, tx) =>
            {
                var status = live.Obj("status");
                status["phase"] = failed ? "Failed" : "Succeeded";
                status["finishedAt"] = tx.Now;
                status["progress"] = failed ? "0/1" : "1/1";
                if (failed)
                {
                    status["message"] = "child 'main' failed";
                }
            }));
        });
    }
}
