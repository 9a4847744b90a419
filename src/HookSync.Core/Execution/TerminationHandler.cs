using HookSync.Core.Hooks;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>D9 as HookSync applies it on a timeout (D-3): settle every running hook, deleting those still running.</summary>
internal sealed class TerminationHandler(RunContext context, HookDeleter deleter)
{
    /// <summary>Terminates the running hooks; <paramref name="messageFor"/> gives the message of one still running ("Terminated", or its timeout).</summary>
    public async Task TerminateAsync(IReadOnlyList<TaskRecord> runningHooks, Func<TaskRecord, string> messageFor, CancellationToken cancellationToken)
    {
        foreach (var record in runningHooks)
        {
            var live = await context.Cluster.GetAsync(ObjectReference.To(record.Live ?? record.Task.Object), cancellationToken).ConfigureAwait(false);
            if (live is null)
            {
                // D9: a hook that is already gone is recorded as Succeeded "Terminated".
                context.Transition(record, OperationPhase.Succeeded, "Terminated");
                continue;
            }
            record.Live = live;
            var evaluated = HealthMapping.Assess(context.Health, isHook: true, live);
            if (evaluated is { } result && result.State != OperationPhase.Running)
            {
                context.Transition(record, result.State, result.Message);
                if (record.Task.HasDeletePolicy(HookDeletePolicy.HookFailed))
                {
                    await deleter.DeleteAsync(record, "terminated", cancellationToken).ConfigureAwait(false);
                }
                continue;
            }
            if (await deleter.DeleteAsync(record, "terminated", cancellationToken).ConfigureAwait(false))
            {
                context.Transition(record, OperationPhase.Failed, messageFor(record));
            }
        }
    }
}
