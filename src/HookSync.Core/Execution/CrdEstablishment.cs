using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>T4: after a CRD is applied, wait (up to 10 s) for Established, then refresh discovery so its kinds resolve.</summary>
internal sealed class CrdEstablishment(RunContext context)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    public static bool IsCrd(KubeObject obj) =>
        obj.Kind == "CustomResourceDefinition" && obj.Group == "apiextensions.k8s.io";

    public async Task AwaitEstablishedAsync(KubeObject crd, CancellationToken cancellationToken)
    {
        if (!IsCrd(crd))
        {
            return;
        }
        var deadline = context.Now + Limit;
        var target = ObjectReference.To(crd);
        while (true)
        {
            var live = await context.Cluster.GetAsync(target, cancellationToken).ConfigureAwait(false);
            if (live is not null && IsEstablished(live))
            {
                break;
            }
            if (context.Now >= deadline)
            {
                // Argo CD only logs this; the CRs' own applies will report the real error.
                context.Publish(new SyncNote(context.Elapsed, $"CustomResourceDefinition {crd.Name} is not Established after {DurationText.Format(Limit)}"));
                break;
            }
            await context.Probe.ParkAsync(Task.Delay(Poll, context.Time, cancellationToken), context.Now + Poll).ConfigureAwait(false);
        }
        context.Cluster.InvalidateDiscovery();
    }

    private static bool IsEstablished(KubeObject live) =>
        live.Select("status", "conditions") is System.Text.Json.Nodes.JsonArray conditions
        && conditions.OfType<System.Text.Json.Nodes.JsonObject>().Any(c =>
            c["type"]?.GetValue<string>() == "Established" && c["status"]?.GetValue<string>() == "True");
}
