using System.Diagnostics;
using System.Text.Json.Nodes;
using HookSync.Testing;

namespace HookSync.Simulator.Tests;

public sealed class KubectlTests
{
    // kubectl sends no credentials over plain http (client-go only attaches them with TLS), so these run without a token.
    [KubectlFact]
    public async Task Kubectl_GetConfigMaps_SeesWhatWasApplied()
    {
        await using var simulator = await ClusterSimulator.StartAsync(new SimulatorOptions { Token = null });
        using var http = new HttpClient { BaseAddress = simulator.BaseUri };
        using var content = new StringContent(Manifests.ConfigMap("from-hooksync", "42").ToJsonString());
        content.Headers.ContentType = new("application/apply-patch+yaml");
        (await http.PatchAsync("/api/v1/namespaces/default/configmaps/from-hooksync?fieldManager=hooksync", content)).EnsureSuccessStatusCode();
        var dir = Directory.CreateTempSubdirectory("hooksync-kubectl-");
        try
        {
            var kubeconfig = Path.Combine(dir.FullName, "kubeconfig");
            await File.WriteAllTextAsync(kubeconfig, simulator.KubeconfigYaml);

            var (exit, output, error) = await RunAsync("--kubeconfig", kubeconfig, "get", "configmaps", "-n", "default", "-o", "json");

            Assert.True(exit == 0, error);
            var items = JsonNode.Parse(output)!["items"]!.AsArray();
            Assert.Contains(items, i => i.Str("metadata", "name") == "from-hooksync" && i.Str("data", "key") == "42");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [KubectlFact]
    public async Task Kubectl_ApplyServerSide_CreatesObjectsTheSimulatorServes()
    {
        await using var simulator = await ClusterSimulator.StartAsync(new SimulatorOptions { Token = null });
        var dir = Directory.CreateTempSubdirectory("hooksync-kubectl-");
        try
        {
            var kubeconfig = Path.Combine(dir.FullName, "kubeconfig");
            var manifest = Path.Combine(dir.FullName, "app.yaml");
            await File.WriteAllTextAsync(kubeconfig, simulator.KubeconfigYaml);
            await File.WriteAllTextAsync(manifest, """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  mode: fast
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  selector:
                    matchLabels: {app: web}
                  template:
                    metadata:
                      labels: {app: web}
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.27
                """);

            var (exit, output, error) = await RunAsync("--kubeconfig", kubeconfig, "apply", "--server-side", "--validate=false", "-f", manifest);

            Assert.True(exit == 0, error);
            Assert.Contains("configmap/settings serverside-applied", output);
            Assert.Contains("deployment.apps/web serverside-applied", output);
            var applied = simulator.Script.Get("ConfigMap", "default", "settings")!;
            Assert.Equal("fast", applied.Str("data", "mode"));
            Assert.Contains(simulator.Requests, r => r.Verb == "apply" && r.Query.Contains("fieldManager=kubectl", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(KubectlFactAttribute.KubectlPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // kubectl must not touch the user's real cache or config.
        start.Environment["KUBECACHEDIR"] = Path.Combine(Path.GetTempPath(), "hooksync-kubectl-cache-" + Guid.NewGuid().ToString("N"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output, await error);
    }
}
