using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HookSync.EndToEnd.Tests.Infrastructure;
using HookSync.Simulator;

namespace HookSync.EndToEnd.Tests;

/// <summary>
/// Two pipelines syncing one app at once, through the published binary against one shared cluster (a simulator the test
/// runs): the second waits for the first's lock, they never write at the same time, and the Lease is gone afterwards,
/// also when the holder is terminated.
/// </summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ConcurrentSyncTests(PublishedBinary binary) : IAsyncLifetime
{
    private ClusterSimulator _cluster = null!;
    private string _kubeconfig = null!;

    public async Task InitializeAsync()
    {
        _cluster = await ClusterSimulator.StartAsync(new SimulatorOptions { WorkDuration = TimeSpan.FromMilliseconds(700) });
        _kubeconfig = Path.Combine(Path.GetTempPath(), $"hooksync-e2e-kubeconfig-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(_kubeconfig, _cluster.KubeconfigYaml);
    }

    public async Task DisposeAsync()
    {
        File.Delete(_kubeconfig);
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task TwoSyncsOfOneApp_SecondWaitsThenSucceeds_WritesNeverInterleave_LeaseGone()
    {
        using var first = Pipeline();
        using var second = Pipeline();
        // The first run keeps the lock for a while after its dry-run (a PostSync hook that takes 8 s), so the second finds
        // it held however fast or loaded the machine is; then it finishes on its own.
        first.Checkout.Write("deploy/zz-slow.yaml", HookManifests.PostSyncJob("slow-smoke"));
        _cluster.Script.SucceedAfter("Job", "slow-smoke", TimeSpan.FromSeconds(8));

        using var a = first.Runner.Start(SyncArguments());
        await a.WaitForOutputAsync("server-side dry-run passed", TimeSpan.FromMinutes(1));
        // The second run goes straight for the lock: its permissions preflight (tested elsewhere) would give the first,
        // on a loaded machine, time to finish before the second ever sees the Lease.
        using var b = second.Runner.Start([.. SyncArguments(), "--skip-preflight"]);
        var runA = await a.WaitAsync(TimeSpan.FromMinutes(2));
        var runB = await b.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(runA.ExitCode == 0, runA.ToString());
        Assert.True(runB.ExitCode == 0, runB.ToString());
        Assert.Contains("waiting for the lock: Lease default/hooksync-shop is held by", runB.StandardOutput, StringComparison.Ordinal);
        AssertWritesOnlyWhileALeaseIsHeld();
        Assert.Empty(await LeasesAsync());
    }

    [Fact]
    public async Task HolderTerminated_LeaseReleased_WaitingRunProceeds()
    {
        using var first = Pipeline();
        using var second = Pipeline();
        using var a = await StartHolderAsync(first);
        using var b = second.Runner.Start(SyncArguments());
        await b.WaitForOutputAsync("waiting for the lock", TimeSpan.FromMinutes(1));
        a.Signal("TERM");
        var runA = await a.WaitAsync(TimeSpan.FromMinutes(1));
        var runB = await b.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(runA.ExitCode == 143, runA.ToString());
        Assert.True(runB.ExitCode == 0, runB.ToString());
        Assert.Empty(await LeasesAsync());
    }

    [Fact]
    public async Task LockHeldPastTheTimeout_Exits5NamingTheHolder_NothingApplied()
    {
        using var first = Pipeline();
        using var second = Pipeline();
        using var a = await StartHolderAsync(first);
        var runB = await second.Runner.RunAsync([.. SyncArguments(), "--lock-timeout", "2s"]);
        a.Signal("TERM");
        await a.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(runB.ExitCode == 5, runB.ToString());
        Assert.Contains("another sync of this app holds the lock", runB.StandardOutput + runB.StandardError, StringComparison.Ordinal);
        Assert.Contains($"pid {a.ProcessId}", runB.StandardOutput + runB.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(" created", runB.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("5", HookSync.Testing.GitHubOutputFile.Parse(second.OutputPath)["exit-code"]);
    }

    private CiWorkspace Pipeline()
    {
        var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");
        return ci;
    }

    // A run that takes the lock and keeps it: its PreSync hook never finishes.
    private async Task<RunningBinary> StartHolderAsync(CiWorkspace pipeline)
    {
        pipeline.Checkout.Write("deploy/zz-stuck.yaml", HookManifests.SuspendedPreSyncJob("stuck"));
        var holder = pipeline.Runner.Start(SyncArguments());
        try
        {
            await holder.WaitForOutputAsync("waiting for completion of hook batch/Job/stuck", TimeSpan.FromMinutes(1));
            return holder;
        }
        catch
        {
            holder.Dispose();
            throw;
        }
    }

    private string[] SyncArguments() => ["sync", "deploy", "--kubeconfig", _kubeconfig, "--app", "shop", "--revision", CiWorkspace.Revision];

    // The request log is in order: every write of either run (not a dry-run, not the Lease itself) lies between the
    // creation of a Lease and its deletion, and the Leases never overlap.
    private void AssertWritesOnlyWhileALeaseIsHeld()
    {
        var held = false;
        var leases = 0;
        foreach (var request in _cluster.Requests)
        {
            var isLease = request.Path.Contains("/leases", StringComparison.Ordinal);
            if (request.Verb == "review")
            {
                // The permissions preflight asks before it takes the lock; an access review changes nothing.
                continue;
            }
            if (isLease && request.Method == "POST" && request.StatusCode == 201)
            {
                Assert.False(held, "a second Lease was created while one was held");
                held = true;
                leases++;
            }
            else if (isLease && request.Method == "DELETE" && request.StatusCode == 200)
            {
                held = false;
            }
            else if (!isLease && request.Method is "POST" or "PATCH" or "PUT" or "DELETE" && !request.Query.Contains("dryRun", StringComparison.Ordinal))
            {
                Assert.True(held, $"{request.Method} {request.Path} was sent while no run held the lock");
            }
        }
        Assert.Equal(2, leases);
    }

    private async Task<JsonArray> LeasesAsync()
    {
        using var http = new HttpClient { BaseAddress = _cluster.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "simulator-token");
        var list = JsonNode.Parse(await http.GetStringAsync("apis/coordination.k8s.io/v1/namespaces/default/leases"))!;
        return list["items"]!.AsArray();
    }
}
