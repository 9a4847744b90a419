using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HookSync.Cli.Commands;
using HookSync.Core.Diff;
using HookSync.Core.Execution;
using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Testing;
using HookSync.Testing.Cluster;

namespace HookSync.Cli.Tests;

/// <summary>
/// <c>hooksync diff</c> against a seeded simulator (docs/sync-semantics.md "Diff"): one object of each action, a Secret whose
/// value changed (never printed), hooks listed; text and JSON as golden files; the exit codes of kubectl diff.
/// </summary>
public sealed class DiffGoldenTests
{
    private const string Revision = "3f2a1b7c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6";
    private const string App = "diffdemo";
    private const string Fixture = "tests/fixtures/diff";

    // The Secret's values in every form they could leak in: plain and base64, old (live) and new (manifest).
    private static readonly string[] SecretForms =
        ["new-password-4711", "bmV3LXBhc3N3b3JkLTQ3MTE=", "old-password-0815", "b2xkLXBhc3N3b3JkLTA4MTU=", "YXBwLXVzZXI="];

    [Fact]
    public async Task Diff_SeededCluster_TextMatchesGolden_SecretValuesNeverShown_Exit1()
    {
        await using var cluster = await SeededAsync();

        var result = await new AppFixture { Clusters = cluster }.RunAsync("diff", Fixture, "--app", App, "--revision", Revision);

        Assert.True(result.ExitCode == 1, result.Out + result.Error);
        Golden.AssertMatches(GoldenPath("changes.txt"), WithoutWorkspaceNotices(result.Out));
        AssertNoSecret(result.Out + result.Error);
        Assert.Contains("-  DATABASE_PASSWORD: +++++++++", result.Out, StringComparison.Ordinal);
        Assert.Contains("+  DATABASE_PASSWORD: ++++++++", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiffJson_SeededCluster_MatchesGolden_SecretValuesNeverShown()
    {
        await using var cluster = await SeededAsync();

        var result = await new AppFixture { Clusters = cluster }.RunAsync("diff", Fixture, "--app", App, "--revision", Revision, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Golden.AssertMatches(GoldenPath("changes.json"), WithoutWorkspaceNotices(result.Out));
        AssertNoSecret(result.Out + result.Error);
        var root = JsonNode.Parse(result.Out)!;
        Assert.Equal(1, (int)root["counts"]!["create"]!);
        Assert.Equal(2, (int)root["counts"]!["update"]!);
        Assert.Equal(1, (int)root["counts"]!["unchanged"]!);
    }

    [Fact]
    public async Task Diff_WithPruneCandidate_TextAndJsonMatchGolden()
    {
        await using var cluster = await SeededAsync();
        var plan = await PlanAsync();
        var legacy = await cluster.Client.GetAsync(new Core.Ports.ObjectReference(new GroupVersionKind(string.Empty, "v1", "ConfigMap"), "default", "app-legacy"),
            CancellationToken.None);

        var report = await DiffRunner.RunAsync(cluster.Client, plan, App, forceConflicts: true, [PruneCandidate.Of(legacy!)], CancellationToken.None);

        Assert.Equal(
            [("app-db", DiffAction.Update), ("app-config", DiffAction.Unchanged), ("app-flags", DiffAction.Create), ("app", DiffAction.Update), ("app-legacy", DiffAction.Prune)],
            report.Objects.Select(o => (o.Name, o.Action)));
        var text = DiffPrinter.Render(report);
        var json = DiffJsonWriter.ToJson(report, ExitCodeMap.ForDiff(report.HasDifferences, report.HasRejections));
        Golden.AssertMatches(GoldenPath("with-prune.txt"), WithoutWorkspaceNotices(text));
        Golden.AssertMatches(GoldenPath("with-prune.json"), WithoutWorkspaceNotices(json));
        Assert.Contains("-  legacy: \"yes\"", text, StringComparison.Ordinal);
        AssertNoSecret(text + json);
    }

    [Fact]
    public async Task Diff_AfterASyncOfTheSameManifests_EverythingUnchanged_Exit0()
    {
        await using var cluster = await SimulatorConnector.StartAsync();
        var app = new AppFixture { Clusters = cluster, UseSystemTime = true };
        var sync = await app.RunAsync("sync", Fixture, "--app", App, "--revision", Revision);
        Assert.True(sync.ExitCode == 0, sync.Out + sync.Error);

        var diff = await app.RunAsync("diff", Fixture, "--app", App, "--revision", Revision);

        Assert.True(diff.ExitCode == 0, diff.Out + diff.Error);
        Assert.Contains("Diff: 0 to create, 0 to update, 4 unchanged, 0 to prune; 1 hook will run", diff.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("@@", diff.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiffSimulate_Example_EverythingIsACreate_HooksWillRun_Exit1()
    {
        var result = await new AppFixture { UseSystemTime = true }.RunAsync("diff", "--simulate", "examples/webapp");

        Assert.True(result.ExitCode == 1, result.Out + result.Error);
        Assert.Contains("Diff: 4 to create, 0 to update, 0 unchanged, 0 to prune; 4 hooks will run", result.Out, StringComparison.Ordinal);
        Assert.Contains("+ create    Deployment default/webapp  (examples/webapp/20-app.yaml:1)", result.Out, StringComparison.Ordinal);
        Assert.Contains("  PreSync wave 0  Job default/webapp-migrate-", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_InvalidManifests_Exit3_NothingCompared()
    {
        await using var cluster = await SimulatorConnector.StartAsync();

        var result = await new AppFixture { Clusters = cluster }.RunAsync("diff", "examples/broken");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("the manifests have errors; nothing was compared", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_OnGitHub_StepSummaryHasOneCollapsedBlockPerChangedObject_NoSecret()
    {
        await using var cluster = await SeededAsync();
        using var temp = new TempWorkspace();
        var summary = Path.Combine(temp.Root, "summary.md");
        var app = new AppFixture { Clusters = cluster };
        app.Environment["GITHUB_ACTIONS"] = "true";
        app.Environment["GITHUB_STEP_SUMMARY"] = summary;
        app.Environment["GITHUB_WORKSPACE"] = RepoPaths.Root;

        var result = await app.RunAsync("diff", Fixture, "--app", App, "--revision", Revision);

        Assert.Equal(1, result.ExitCode);
        var markdown = await File.ReadAllTextAsync(summary);
        Assert.StartsWith("# HookSync diff\n", markdown, StringComparison.Ordinal);
        Assert.Equal(3, markdown.Split("<details>").Length - 1);
        Assert.Contains("<summary>~ update Secret default/app-db (tests/fixtures/diff/secret.yaml:2)</summary>", markdown, StringComparison.Ordinal);
        Assert.Contains("```diff\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Unchanged\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Hooks (will run; not diffed)", markdown, StringComparison.Ordinal);
        AssertNoSecret(markdown);
    }

    [Fact]
    public async Task Diff_ClusterUnreachable_Exit4()
    {
        using var cluster = new InMemoryCluster(TimeProvider.System)
        {
            DiscoveryFailure = new Core.Ports.ClusterException(Core.Ports.ClusterFailureKind.Unreachable, "dial tcp 10.0.0.1:443: connect: connection refused"),
        };

        var result = await new AppFixture { Clusters = new InMemoryConnector(cluster) }.RunAsync("diff", Fixture, "--app", App);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("cannot reach the cluster at the in-memory cluster", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiffHelp_ShowsTheExamples()
    {
        var result = await new AppFixture().RunAsync("diff", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("hooksync diff --simulate examples/webapp", result.Out, StringComparison.Ordinal);
        Assert.Contains("--format json", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_BadFormat_UsageError()
    {
        var result = await new AppFixture().RunAsync("diff", "--simulate", "--format", "yaml", "examples/webapp");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format must be text or json", result.Error, StringComparison.Ordinal);
    }

    private static async Task<SimulatorConnector> SeededAsync()
    {
        var cluster = await SimulatorConnector.StartAsync();
        await cluster.SeedAsync(App,
            KubeObject.Parse("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"app-config","namespace":"default"},
                 "data":{"LOG_LEVEL":"info","motd":"Welcome.\nHave a nice day.\n"}}
                """),
            KubeObject.Parse("""
                {"apiVersion":"v1","kind":"Secret","metadata":{"name":"app-db","namespace":"default"},"type":"Opaque",
                 "data":{"DATABASE_USER":"YXBwLXVzZXI=","DATABASE_PASSWORD":"b2xkLXBhc3N3b3JkLTA4MTU="}}
                """),
            KubeObject.Parse("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"app","namespace":"default","labels":{"app":"app"}},
                 "spec":{"replicas":2,"selector":{"matchLabels":{"app":"app"}},"template":{"metadata":{"labels":{"app":"app"}},
                 "spec":{"containers":[{"name":"web","image":"ghcr.io/example/app:1.0.0","envFrom":[{"configMapRef":{"name":"app-config"}}]}]}}}}
                """),
            KubeObject.Parse("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"app-legacy","namespace":"default"},"data":{"legacy":"yes"}}
                """));
        return cluster;
    }

    private static async Task<SyncPlan> PlanAsync()
    {
        var deps = Composition.Create(new DictionaryEnvironment(), TextWriter.Null, TextWriter.Null,
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(AppFixture.Start), outputIsTerminal: false, RepoPaths.Root);
        var request = new SourceRequest(RepoPaths.Root, [Fixture], false, [], [], null, Revision, false, null, null, "none", null);
        using var source = await PlannedSource.CreateAsync(request, deps, BuiltInScopes.Instance, "default", CancellationToken.None);
        return source.Plan;
    }

    private static void AssertNoSecret(string text)
    {
        foreach (var form in SecretForms)
        {
            Assert.DoesNotContain(form, text, StringComparison.Ordinal);
        }
    }

    // Workspace notices (HS5xxx: dirty tree, not a repository) depend on the machine running the test, not on the diff.
    private static string WithoutWorkspaceNotices(string output)
    {
        if (output.TrimStart().StartsWith('{'))
        {
            var root = JsonNode.Parse(output)!.AsObject();
            var diagnostics = root["diagnostics"]!.AsArray();
            foreach (var d in diagnostics.Where(d => ((string?)d!["code"])?.StartsWith("HS5", StringComparison.Ordinal) == true).ToList())
            {
                diagnostics.Remove(d);
            }
            return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        }
        return string.Join('\n', output.Split('\n').Where(line => !line.Contains(" HS5", StringComparison.Ordinal))).TrimStart('\n');
    }

    private static string GoldenPath(string name) => Path.Combine(RepoPaths.Root, "tests", "HookSync.Cli.Tests", "Golden", "diff", name);
}
