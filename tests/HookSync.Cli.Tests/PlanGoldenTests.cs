using HookSync.Testing;

namespace HookSync.Cli.Tests;

/// <summary>Golden plans for every example and every Argo CD end-to-end fixture directory (kapp's PrintStr style).</summary>
public sealed class PlanGoldenTests
{
    private const string Revision = "3f2a1b7c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6";

    // The Helm example's plan depends on the helm on the machine; KustomizeAndHelmSourceTests checks it when helm is there.
    public static TheoryData<string> Examples() => new(ExampleSources.Names().Where(e => e != ExampleSources.HelmChart));

    public static TheoryData<string> ArgoFixtures() =>
        new(Directory.GetDirectories(Path.Combine(RepoPaths.ArgoFixtures, "argo-e2e")).Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Plan_Example_MatchesGolden(string example)
    {
        var result = await new AppFixture().RunAsync("plan", ExampleSources.PathOf(example), "--revision", Revision);
        Golden.AssertMatches(GoldenPath($"examples/{example}.plan.txt"), WithoutWorkspaceNotices(result.Out));
        Assert.Equal(example == "broken" ? 3 : 0, result.ExitCode);
    }

    [Theory]
    [MemberData(nameof(ArgoFixtures))]
    public async Task Plan_ArgoE2eFixture_MatchesGolden(string fixture)
    {
        var app = new AppFixture();
        // Read as plain files: these fixtures test hook semantics, and hook-custom-health's kustomization names a base
        // (../guestbook) the fixtures do not ship.
        var result = await app.RunAsync("plan", fixture, "--workspace", Path.Combine(RepoPaths.ArgoFixtures, "argo-e2e"), "--revision", Revision,
            "--source-type", "directory");
        Golden.AssertMatches(GoldenPath($"argo-e2e/{fixture}.plan.txt"), WithoutWorkspaceNotices(result.Out));
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task PlanJson_Example_MatchesGolden(string example)
    {
        var result = await new AppFixture().RunAsync("plan", ExampleSources.PathOf(example), "--revision", Revision, "--format", "json");
        Golden.AssertMatches(GoldenPath($"examples/{example}.plan.json"), WithoutWorkspaceNotices(result.Out));
    }

    // Workspace notices (HS5xxx: dirty tree, not a repository) depend on the machine running the test, not on the plan.
    private static string WithoutWorkspaceNotices(string output)
    {
        if (output.TrimStart().StartsWith('{'))
        {
            var root = System.Text.Json.Nodes.JsonNode.Parse(output)!.AsObject();
            var diagnostics = root["diagnostics"]!.AsArray();
            foreach (var d in diagnostics.Where(d => ((string?)d!["code"])?.StartsWith("HS5", StringComparison.Ordinal) == true).ToList())
            {
                diagnostics.Remove(d);
            }
            return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
        }
        var kept = string.Join('\n', output.Split('\n').Where(line => !line.Contains(" HS5", StringComparison.Ordinal)));
        return kept.Replace("\n\nDiagnostics\n\n", "\n\n", StringComparison.Ordinal);
    }

    private static string GoldenPath(string name) => Path.Combine(RepoPaths.Root, "tests", "HookSync.Cli.Tests", "Golden", name);
}
