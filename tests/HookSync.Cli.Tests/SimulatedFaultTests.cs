using HookSync.Cli.Cluster;
using HookSync.Cli.Commands;
using HookSync.Simulator.Faults;

namespace HookSync.Cli.Tests;

/// <summary><c>--simulate-fault</c>: the syntax, a rehearsal on a flaky API server, and a fault that never fires.</summary>
public sealed class SimulatedFaultTests
{
    [Fact]
    public void Parse_KindAndKeys_BecomeTheRule()
    {
        var rule = SimulatedFaults.Parse("503,verb=apply,path=/jobs,after=1,rate=0.5,seed=7,max=2");

        Assert.Equal(new FaultRule(FaultKind.ServiceUnavailable) { Verb = "apply", PathContains = "/jobs", After = 1, Rate = 0.5, Seed = 7, MaxCount = 2 }, rule);
    }

    [Theory]
    [InlineData("418")]
    [InlineData("503,rate=2")]
    [InlineData("reset,color=red")]
    [InlineData("")]
    public void Parse_Nonsense_IsAUsageErrorShowingTheForm(string text) =>
        Assert.Contains("KIND[,verb=VERB]", Assert.Throws<UsageException>(() => SimulatedFaults.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public async Task SyncSimulate_ResetsAndThrottling_RetriedAndSaidOnce_Succeeds()
    {
        var result = await new AppFixture { UseSystemTime = true }.RunAsync("sync", "--simulate", "examples/webapp",
            "--simulate-fault", "reset,verb=get,max=1", "--simulate-fault=429,verb=apply,max=2");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("retrying ", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("HS6002", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncSimulate_FaultThatNeverFires_Warns()
    {
        var result = await new AppFixture { UseSystemTime = true }.RunAsync("sync", "--simulate", "examples/webapp",
            "--simulate-fault", "503,path=/no-such-resource");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("HS6002", result.Out, StringComparison.Ordinal);
        Assert.Contains("--simulate-fault 503,path=/no-such-resource matched no request", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncSimulate_SimulateFailThatMatchesNothing_Warns()
    {
        var result = await new AppFixture { UseSystemTime = true }.RunAsync("sync", "--simulate", "examples/webapp", "--simulate-fail", "Job/no-such-hook");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("HS6001", result.Out, StringComparison.Ordinal);
    }
}
