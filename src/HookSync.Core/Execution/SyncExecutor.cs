using HookSync.Core.Health;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>Runs a <see cref="SyncPlan"/> against a cluster with Argo CD hook semantics and HookSync's differences (docs/sync-semantics.md); always returns a report.</summary>
public sealed class SyncExecutor(IClusterClient cluster, ISyncObserver observer, TimeProvider time, HealthAssessor health)
{
    /// <summary>
    /// Validates, dry-runs, then applies the plan phase by phase and wave by wave. Failures of single objects become task
    /// results; environment failures (unreachable, unauthorized, server errors) end the run with Result Error (exit 4);
    /// <paramref name="cancellationToken"/> is CI cancellation (D-4): Result Cancelled within seconds.
    /// </summary>
    public async Task<SyncReport> RunAsync(SyncPlan plan, SyncOptions options, CancellationToken cancellationToken)
    {
        var context = new RunContext(plan, options, cluster, new SerializedObserver(observer), time, health);
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watcher = new ObjectWatcher(context, lifetime.Token);
        var logs = new HookLogFollower(context, lifetime.Token);
        var waves = new WaveRunner(context, watcher, logs, new CrdEstablishment(context));
        SyncOutcome outcome;
        try
        {
            outcome = await RunPhasesAsync(context, watcher, waves, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = await new CancellationHandler(context, waves).CancelAsync().ConfigureAwait(false);
        }
        catch (ClusterException ex) when (ex.IsEnvironmentFailure)
        {
            outcome = new SyncOutcome(SyncResult.Error, $"cluster error: {ex.Message}", null, ExitCodes.EnvironmentError);
        }
        finally
        {
            await lifetime.CancelAsync().ConfigureAwait(false);
            await logs.DisposeAsync().ConfigureAwait(false);
            await watcher.DisposeAsync().ConfigureAwait(false);
        }
        return ReportBuilder.Build(context, outcome);
    }

    private static async Task<SyncOutcome> RunPhasesAsync(RunContext context, ObjectWatcher watcher, WaveRunner waves, CancellationToken cancellationToken)
    {
        // README Exit codes: a plan with errors (invalid manifests) is never applied; exit 3.
        if (context.Plan.HasErrors)
        {
            var errors = context.Plan.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).Select(d => d.Message);
            return new SyncOutcome(SyncResult.Failed, OperationMessages.Invalid(errors), null, ExitCodes.InvalidManifests);
        }
        // S1: validation first; nothing is applied and SyncFail does not run when it fails.
        if (!await new TaskValidator(context).ValidateAsync(cancellationToken).ConfigureAwait(false))
        {
            var messages = context.Records.Where(r => r.Status == ResultCode.SyncFailed).Select(r => r.Message ?? string.Empty);
            return new SyncOutcome(SyncResult.Failed, OperationMessages.Invalid(messages), null, ExitCodes.InvalidManifests);
        }
        // S2b/c, D-8: server-side dry-run of every task.
        if (!await new DryRunner(context).DryRunAsync(context.Options.DryRun, cancellationToken).ConfigureAwait(false))
        {
            return new SyncOutcome(SyncResult.Failed, OperationMessages.DryRunFailed, null, ExitCodes.InvalidManifests);
        }
        if (context.Options.DryRun)
        {
            return SyncOutcome.Succeeded(OperationMessages.DryRunSucceeded);
        }
        context.Publish(new SyncNote(context.Elapsed, "server-side dry-run passed"));
        var deleter = new HookDeleter(context, watcher);
        var timeouts = new Timeouts(context, new TerminationHandler(context, deleter));
        return await new StepLoop(context, watcher, waves, deleter, timeouts).RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
