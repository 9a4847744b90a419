using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>S1/X7: every task's kind must be served by the cluster, defined by a CRD of this plan, or marked SkipDryRunOnMissingResource=true.</summary>
internal sealed class TaskValidator(IClusterClient cluster, TaskLedger ledger)
{
    /// <summary>Validates every task; returns false (tasks marked SyncFailed) when some kind cannot be resolved.</summary>
    public async Task<bool> ValidateAsync(CancellationToken cancellationToken)
    {
        var definedByPlan = ledger.Records
            .Select(r => r.Task.Object)
            .Where(CrdEstablishment.IsCrd)
            .Select(crd => new GroupKind(crd.GetString("spec", "group") ?? string.Empty, crd.GetString("spec", "names", "kind") ?? string.Empty))
            .ToHashSet();
        var served = new Dictionary<GroupVersionKind, bool>();
        var valid = true;
        foreach (var record in ledger.Records.Where(r => !r.Task.IsPrune))
        {
            var gvk = record.Task.Object.Gvk;
            if (!served.TryGetValue(gvk, out var isServed))
            {
                isServed = await cluster.FindResourceAsync(gvk, cancellationToken).ConfigureAwait(false) is not null;
                served[gvk] = isServed;
            }
            if (isServed || definedByPlan.Contains(gvk.GroupKind))
            {
                continue;
            }
            if (record.Task.Options.SkipDryRunOnMissingResource)
            {
                // gitops-engine: the kind is expected to appear during the sync (an operator installs its CRD); the task
                // skips the dry-run and fails in its wave if the kind is still missing then.
                ledger.Apply(record, TaskRules.DryRunSkippedForMissingKind);
                continue;
            }
            valid = false;
            ledger.Apply(record, TaskRules.KindNotServed(record, gvk));
        }
        return valid;
    }
}
