namespace HookSync.Cli.Tests;

/// <summary>--dry-run-concurrency is validated like --concurrency: a usage error, before anything is read or sent.</summary>
public sealed class DryRunConcurrencyOptionTests
{
    [Fact]
    public async Task Sync_DryRunConcurrencyBelowOne_IsAUsageError()
    {
        const string value = "0";
        var result = await new AppFixture().RunAsync("sync", "--simulate", "--dry-run-concurrency", value, "examples/webapp");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--dry-run-concurrency must be 1 or more, not {value}.", result.Error, StringComparison.Ordinal);
    }
}
