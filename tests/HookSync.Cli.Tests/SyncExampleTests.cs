using HookSync.Testing;

namespace HookSync.Cli.Tests;

/// <summary><c>sync --simulate</c> on every shipped example: the quick start must work for all of them.</summary>
public sealed class SyncExampleTests
{
    public static TheoryData<string> Examples() => new(ExampleSources.Names().Where(e => e is not ("broken" or ExampleSources.HelmChart)));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task SyncSimulate_Example_Succeeds(string example)
    {
        using var report = new TempFile();
        var result = await new AppFixture { UseSystemTime = true }.RunAsync("sync", "--simulate", ExampleSources.PathOf(example), "--report", report.Path);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("Result: Succeeded (exit 0)", result.Out);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(report.Path))!;
        Assert.Equal("Succeeded", (string?)json["result"]);
        Assert.All(json["tasks"]!.AsArray().Where(t => (string?)t!["phase"] != "SyncFail"), t => Assert.Equal("Succeeded", (string?)t!["state"]));
    }

    [HelmFact]
    public async Task SyncSimulate_HelmChartExample_Succeeds()
    {
        var result = await new AppFixture { UseSystemTime = true }.RunAsync("sync", "--simulate", "examples/helm-chart", "--helm-values", "values-staging.yaml");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("source examples/helm-chart: helm (helm template)", result.Out);
        Assert.Contains("Result: Succeeded (exit 0)", result.Out);
    }

    [Fact]
    public async Task SyncSimulate_BrokenExample_ExitsThreeAndAppliesNothing()
    {
        var result = await new AppFixture { UseSystemTime = true }.RunAsync("sync", "--simulate", "examples/broken");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("examples/broken/app.yaml:6: error HS1012", result.Out);
        Assert.DoesNotContain(" created", result.Out);
    }

    [Fact]
    public async Task Sync_NoCredentials_ExitsTwoNamingTheVariable()
    {
        var app = new AppFixture { UseSystemTime = true };
        app.Environment["HOME"] = Path.GetTempPath();
        var result = await app.RunAsync("sync", "examples/webapp");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("HOOKSYNC_KUBECONFIG", result.Out + result.Error);
        Assert.DoesNotContain("localhost:8080", result.Out + result.Error);
        Assert.Contains("never falls back to localhost", result.Out + result.Error);
    }

    private sealed class TempFile : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hooksync-report-{Guid.NewGuid():N}.json");

        public void Dispose() => File.Delete(Path);
    }
}
