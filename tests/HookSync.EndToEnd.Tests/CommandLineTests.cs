using HookSync.EndToEnd.Tests.Infrastructure;

namespace HookSync.EndToEnd.Tests;

/// <summary>The command line, exit codes and credentials (README) at the process boundary: help with examples, version, usage errors and missing credentials.</summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed class CommandLineTests(PublishedBinary binary)
{
    [Theory]
    [InlineData("--help")]
    [InlineData("plan", "--help")]
    [InlineData("sync", "--help")]
    public async Task Help_AnyLevel_ShowsExamplesAndExits0(params string[] arguments)
    {
        var run = await new BinaryRunner(binary).RunAsync(arguments);

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = run.StandardOutput + run.StandardError;
        Assert.Contains("hooksync ", text, StringComparison.Ordinal);
        Assert.Matches("(?m)^  hooksync (plan|sync) .*(deploy|examples)/", text);
    }

    [Fact]
    public async Task SyncHelp_Examples_ShowNoDefaultValuedOptions()
    {
        var run = await new BinaryRunner(binary).RunAsync("sync", "--help");

        var text = run.StandardOutput + run.StandardError;
        Assert.Contains("hooksync sync --simulate", text, StringComparison.Ordinal);
        Assert.DoesNotContain("--concurrency 8", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_Prints_TheVersionAndExits0()
    {
        var run = await new BinaryRunner(binary).RunAsync("version");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^hooksync [0-9]+\.[0-9]+\.[0-9]+", run.StandardOutput);
    }

    [Theory]
    [InlineData("sync", "--bogus")]
    [InlineData("plan", "--no-such-option")]
    [InlineData("frobnicate")]
    public async Task UnknownOptionOrVerb_Exits2(params string[] arguments)
    {
        var run = await new BinaryRunner(binary).RunAsync(arguments);

        Assert.True(run.ExitCode == 2, run.ToString());
    }

    [Fact]
    public async Task Sync_NoCredentialsInEmptyEnvironment_Exits2NamingHookSyncKubeconfig()
    {
        using var ci = CiWorkspace.GitLab(binary);
        ci.CopyExample("webapp");
        // HOME points into the workspace, so no ~/.kube/config of the machine can be found.
        ci.Runner.Environment["HOME"] = ci.Checkout.Root;
        ci.Runner.Environment.Remove("GITLAB_CI");

        var run = await ci.Runner.RunAsync("sync", "--revision", CiWorkspace.Revision, "deploy");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("HOOKSYNC_KUBECONFIG", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost:8080", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
    }
}
