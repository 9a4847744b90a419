using HookSync.Core.Health;
using HookSync.Core.Hooks;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>D9 as HookSync applies it on a timeout (D-3): settle every running hook, deleting those still running.</summary>
internal sealed class TerminationHandler(IClusterClient cluster, TaskLedger ledger, HealthAssessor health, HookDeleter deleter)
{
    /// <summary>Terminates the running hooks; <paramref name="messageFor"/> gives the message of one still running ("Terminated", or its timeout).</summary>
    public async Task TerminateAsync(IReadOnlyList<TaskRecord> runningHooks, Func<TaskRecord, string> messageFor, CancellationToken cancellationToken)
    {
        foreach (var record in runningHooks)
        {
            var live = await cluster.GetAsync(ObjectReference.To(record.Live ?? record.Task.Object), cancellationToken).ConfigureAwait(false);
            if (live is null)
            {
                ledger.Apply(record, TaskRules.TerminatedHookGone);
                continue;
            }
            ledger.Apply(record, TaskRules.TerminatedHookSeen(health, live));
            if (record.IsCompleted)
            {
                // Settled on its own: only a HookFailed policy still deletes it.
                if (record.Task.HasDeletePolicy(HookDeletePolicy.HookFailed))
                {
                    await deleter.DeleteAsync(record, "terminated", cancellationToken).ConfigureAwait(false);
                }
                continue;
            }
            if (await deleter.DeleteAsync(record, "terminated", cancellationToken).ConfigureAwait(false))
            {
                ledger.Apply(record, TaskRules.Terminated(messageFor(record)));
            }
        }
    }
}
