using HookSync.EndToEnd.Tests.Infrastructure;
using HookSync.Simulator;
using HookSync.Testing;

namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>
/// The composite action's run step (action.yml + .github/action/run.sh) on the host, against the simulator over HTTP, with a
/// kubeconfig FILE on the host whose user gets its token from an exec credential plugin on PATH: what a kind cluster or an
/// EKS/GKE/AKS kubeconfig on a GitHub runner looks like (docs/ci.md, "Composite or container").
/// </summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CompositeActionRunTests(PublishedBinary binary) : IAsyncLifetime
{
    // Only the plugin knows it: the simulator refuses every request without it.
    private readonly string _mintedToken = "exec-minted-" + Guid.NewGuid().ToString("N");
    private readonly TempWorkspace _runnerHome = new();
    private ClusterSimulator _cluster = null!;

    public async Task InitializeAsync()
    {
        _cluster = await ClusterSimulator.StartAsync(new SimulatorOptions
        {
            Token = _mintedToken,
            WorkDuration = TimeSpan.FromMilliseconds(200),
            FailTargets = ["Job/webapp-smoke-test-"],
        });
        var plugin = _runnerHome.Write("bin/hooksync-test-auth", $$$"""
            #!/bin/sh
            echo '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"{{{_mintedToken}}}"}}'
            """);
        File.SetUnixFileMode(plugin, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _runnerHome.Write(".kube/config", $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: kind-hooksync
              cluster:
                server: {_cluster.BaseUri.GetLeftPart(UriPartial.Authority)}
            users:
            - name: kind-hooksync
              user:
                exec:
                  apiVersion: client.authentication.k8s.io/v1beta1
                  command: hooksync-test-auth
                  interactiveMode: Never
            contexts:
            - name: kind-hooksync
              context:
                cluster: kind-hooksync
                user: kind-hooksync
                namespace: default
            current-context: kind-hooksync
            """);
    }

    public async Task DisposeAsync()
    {
        _runnerHome.Dispose();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public void RunStep_KubeconfigPathInputWithExecPlugin_SyncsEveryPhaseAndSetsTheOutputs()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");
        ci.Checkout.Write("deploy/40-smoke-test.yaml", File.ReadAllText(Path.Combine(RepoPaths.Examples, "webapp", "40-smoke-test.yaml"))
            .Replace("generateName: webapp-smoke-test-", "generateName: webapp-smoke-check-", StringComparison.Ordinal));
        var step = Step(ci);
        step.With["kubeconfig-path"] = _runnerHome.FullPath(".kube/config");

        var run = step.Run(binary, ci.Checkout.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        var outputs = GitHubOutputFile.Parse(ci.OutputPath);
        Assert.Equal("Succeeded", outputs["result"]);
        Assert.Equal("Succeeded", outputs["presync"]);
        Assert.Equal("Succeeded", outputs["postsync"]);
        // The token the plugin minted is masked on the runner before anything else is printed, and shown nowhere else.
        Assert.Contains("::add-mask::" + _mintedToken, run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(_mintedToken, Unmasked(run), StringComparison.Ordinal);
        Assert.DoesNotContain(_mintedToken, File.ReadAllText(ci.SummaryPath), StringComparison.Ordinal);
    }

    [Fact]
    public void RunStep_RunnersKubeconfigVariable_FailingPostSyncHook_Exits12WithPostSyncFailed()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");
        var step = Step(ci);
        // No kubeconfig input at all: the runner's KUBECONFIG (as helm/kind-action or aws eks update-kubeconfig leave it).
        step.JobEnvironment["KUBECONFIG"] = _runnerHome.FullPath(".kube/config");

        var run = step.Run(binary, ci.Checkout.Root);

        Assert.True(run.ExitCode == 12, run.ToString());
        var outputs = GitHubOutputFile.Parse(ci.OutputPath);
        Assert.Equal("12", outputs["exit-code"]);
        Assert.Equal("PostSync", outputs["failed-phase"]);
        Assert.Equal("Succeeded", outputs["presync"]);
        Assert.Equal("Failed", outputs["postsync"]);
    }

    [Fact]
    public void RunStep_SecretInput_ReachesHookSyncThroughItsVariableNotTheCommandLine()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");
        var step = Step(ci);
        // HOOKSYNC_KUBECONFIG (content) wins over the runner's KUBECONFIG; a token kubeconfig the simulator refuses proves it was used.
        step.JobEnvironment["KUBECONFIG"] = _runnerHome.FullPath(".kube/config");
        const string WrongToken = "wrong-token-from-a-secret-7f3e9a";
        step.With["kubeconfig"] = _cluster.KubeconfigYaml.Replace(_mintedToken, WrongToken, StringComparison.Ordinal);

        var environment = step.StepEnvironment("/bin/true");
        var run = step.Run(binary, ci.Checkout.Root);

        Assert.Equal(step.With["kubeconfig"], environment["HOOKSYNC_SECRET_KUBECONFIG"]);
        Assert.DoesNotContain(environment, e => e.Key != "HOOKSYNC_SECRET_KUBECONFIG" && e.Value.Contains(WrongToken, StringComparison.Ordinal));
        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.DoesNotContain(WrongToken, Unmasked(run), StringComparison.Ordinal);
    }

    // Everything printed except the runner's ::add-mask:: commands, which carry the secret so that the runner can hide it.
    private static string Unmasked(ProcessResult run) =>
        string.Join('\n', (run.StandardOutput + "\n" + run.StandardError).Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)));

    private CompositeActionStep Step(CiWorkspace ci)
    {
        var step = new CompositeActionStep();
        foreach (var (name, value) in ci.Runner.Environment)
        {
            step.JobEnvironment[name] = value;
        }
        step.JobEnvironment["PATH"] = _runnerHome.FullPath("bin") + ":" + (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin");
        step.JobEnvironment["HOME"] = _runnerHome.Root;
        step.With["paths"] = "deploy";
        step.With["revision"] = CiWorkspace.Revision;
        step.With["app"] = "webapp";
        step.With["lock-timeout"] = "1m";
        return step;
    }
}
