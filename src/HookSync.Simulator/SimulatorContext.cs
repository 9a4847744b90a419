using HookSync.Simulator.Api;
using HookSync.Simulator.Controllers;
using HookSync.Simulator.Faults;
using HookSync.Simulator.Logs;
using HookSync.Simulator.Scripting;
using HookSync.Simulator.Store;

namespace HookSync.Simulator;

/// <summary>Everything one running simulator shares between its HTTP handlers, controllers and script.</summary>
internal sealed class SimulatorContext(SimulatorOptions options) : IDisposable
{
    private readonly CancellationTokenSource _shutdown = new();

    public SimulatorOptions Options { get; } = options;

    public ObjectStore Store { get; } = new(options.Time);

    public ResourceCatalog Catalog { get; } = new();

    public PodLogStore Logs { get; } = new();

    public WorkScheduler Scheduler { get; } = new(options.Time);

    public ScriptRegistry Script { get; } = new(options.FailTargets);

    public RequestLog Requests { get; } = new(options.Time);

    public FaultInjector Faults { get; } = new();

    public CancellationToken ShuttingDown => _shutdown.Token;

    /// <summary>How long the garbage collector and namespace cleanup wait before acting.</summary>
    public TimeSpan CleanupDelay => Options.WorkDuration / 3;

    public string Now => Options.Time.GetUtcNow().Rfc3339();

    public void Shutdown()
    {
        _shutdown.Cancel();
        Store.CompleteAllWatches();
        Scheduler.Dispose();
    }

    public void Dispose()
    {
        Scheduler.Dispose();
        _shutdown.Dispose();
    }
}
