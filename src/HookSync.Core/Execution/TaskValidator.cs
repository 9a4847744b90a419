using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>S1/X7: every task's kind must be served by the cluster or defined by a CRD of this plan.</summary>
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
        foreach (var record in ledger.Records)
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
            valid = false;
            ledger.Apply(record, TaskRules.KindNotServed(record, gvk));
        }
        return valid;
    }
}
