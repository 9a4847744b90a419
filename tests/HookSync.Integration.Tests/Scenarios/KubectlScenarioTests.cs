using System.Diagnostics;
using System.Text.Json.Nodes;
using HookSync.Core.Reporting;
using HookSync.Testing;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>kubectl reads what HookSync applied to a running simulator: the simulator speaks real Kubernetes HTTP.</summary>
public sealed class KubectlScenarioTests
{
    private static async Task<(int ExitCode, string Output, string Error)> KubectlAsync(string kubeconfig, params string[] args)
    {
        var start = new ProcessStartInfo(KubectlFactAttribute.KubectlPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--kubeconfig", kubeconfig, "--request-timeout=30s" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [KubectlFact]
    public async Task Kubectl_GetAfterSync_SeesAppliedObjectsWithTrackingAnnotation()
    {
        // kubectl sends no credentials over plain http, so the simulator runs without a token.
        await using var runner = await ScenarioRunner.StartAsync(o => o with { Token = null });
        using var workspace = new TempWorkspace();
        var kubeconfig = workspace.Write("kubeconfig", runner.Simulator.KubeconfigYaml);

        var run = await runner.SyncAsync([ManifestBuilder.ConfigMap("app-config"), Deployment("web"), HookJob("migrate", "PreSync", "BeforeHookCreation")]);
        Assert.Equal(SyncResult.Succeeded, run.Report.Result);

        var (code, output, error) = await KubectlAsync(kubeconfig, "get", "configmap", "app-config", "-o", "json");
        Assert.True(code == 0, error);
        var configMap = JsonNode.Parse(output)!;
        Assert.Equal("app-config", configMap["metadata"]!["name"]!.GetValue<string>());
        Assert.Equal("hooksync:/ConfigMap:default/app-config", configMap["metadata"]!["annotations"]!["hooksync.dev/tracking-id"]!.GetValue<string>());

        var (listCode, names, listError) = await KubectlAsync(kubeconfig, "get", "deployments,jobs", "-n", "default", "-o", "name");
        Assert.True(listCode == 0, listError);
        Assert.Equal(["deployment.apps/web", "job.batch/migrate"], names.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
