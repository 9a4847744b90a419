using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>The real Argo CD install bundle (59 objects: CRDs, RBAC, Deployments, a StatefulSet…) synced into the simulator.</summary>
public sealed class ArgoCdInstallScenarioTests
{
    [Fact]
    public async Task Sync_ArgoCdInstallBundle_EveryTaskSucceeded()
    {
        // The bundle names no namespace (it is meant for `kubectl apply -n argocd`). As a user would, the workspace adds a
        // Namespace manifest and the default namespace is argocd (--namespace argocd): W4 pulls the Namespace first and
        // D-8 skips the dry-run of the objects that live in it.
        await using var runner = await ScenarioRunner.StartAsync();
        using var workspace = new TempWorkspace();
        workspace.WriteBytes("deploy/argo-cd-install.yaml", await File.ReadAllBytesAsync(Path.Combine(RepoPaths.ArgoFixtures, "real", "argo-cd-install.yaml")));
        workspace.Write("deploy/namespace.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: argocd\n");

        var run = await runner.SyncPathAsync(workspace.Root, "deploy", null, "argocd");

        Assert.Equal((SyncResult.Succeeded, EndReason.None, "successfully synced (no more tasks)"), (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal(60, run.Report.Tasks.Count);
        Assert.All(run.Report.Tasks, t => Assert.Equal((ResultCode.Synced, OperationPhase.Succeeded), (t.Status!.Value, t.State!.Value)));
        Assert.Equal("apply /api/v1/namespaces/argocd", run.Writes[0]);
        Assert.Equal(60, run.Writes.Count);
        Assert.All(run.Report.Tasks.Where(t => t.Kind is "ClusterRole" or "ClusterRoleBinding" or "CustomResourceDefinition"),
            t => Assert.Equal(string.Empty, t.Namespace));
        Assert.Equal(PhaseResult.Succeeded, run.Report.Phases[SyncPhase.Sync]);
        Assert.NotNull(runner.Script.Get("StatefulSet", "argocd", "argocd-application-controller"));
    }
}
