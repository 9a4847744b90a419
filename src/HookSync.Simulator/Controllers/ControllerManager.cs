using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>Wires every controller, the garbage collector and the pod logs to the store's change feed.</summary>
internal sealed class ControllerManager
{
    private readonly IReadOnlyList<Action<WatchEvent>> _handlers;

    public ControllerManager(SimulatorContext context, GarbageCollector collector)
    {
        var kit = new ControllerKit(context);
        var pods = new PodLifecycle(kit);
        _handlers =
        [
            context.Logs.OnChange,
            collector.OnChange,
            new JobController(kit, pods).OnChange,
            new PodController(kit, pods).OnChange,
            new DeploymentController(kit).OnChange,
            new WorkloadController(kit).OnChange,
            new AddressController(kit).OnChange,
            new CrdController(kit).OnChange,
            new WorkflowController(kit).OnChange,
        ];
        context.Store.Observe(OnChange);
    }

    private void OnChange(WatchEvent change)
    {
        foreach (var handler in _handlers)
        {
            handler(change);
        }
    }
}
