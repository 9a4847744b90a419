using HookSync.Testing;

namespace HookSync.Cli.Tests;

/// <summary>Golden plans for every example and every Argo CD end-to-end fixture directory (kapp's PrintStr style).</summary>
public sealed class PlanGoldenTests
{
    private const string Revision = "3f2a1b7c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6";

    public static TheoryData<string> Examples() => new(Directory.GetDirectories(RepoPaths.Examples).Select(Path.GetFileName).OfType<string>().Order());

    public static TheoryData<string> ArgoFixtures() =>
        new(Directory.GetDirectories(Path.Combine(RepoPaths.SharedFixtures, "argo-e2e")).Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Plan_Example_MatchesGolden(string example)
    {
        var result = await new AppFixture().RunAsync("plan", $"examples/{example}", "--revision", Revision);
        Golden.AssertMatches(GoldenPath($"examples/{example}.plan.txt"), result.Out);
        Assert.Equal(example == "broken" ? 3 : 0, result.ExitCode);
    }

    [Theory]
    [MemberData(nameof(ArgoFixtures))]
    public async Task Plan_ArgoE2eFixture_MatchesGolden(string fixture)
    {
        var app = new AppFixture();
        var result = await app.RunAsync("plan", fixture, "--workspace", Path.Combine(RepoPaths.SharedFixtures, "argo-e2e"), "--revision", Revision);
        Golden.AssertMatches(GoldenPath($"argo-e2e/{fixture}.plan.txt"), result.Out);
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task PlanJson_Example_MatchesGolden(string example)
    {
        var result = await new AppFixture().RunAsync("plan", $"examples/{example}", "--revision", Revision, "--format", "json");
        Golden.AssertMatches(GoldenPath($"examples/{example}.plan.json"), result.Out);
    }

    private static string GoldenPath(string name) => Path.Combine(RepoPaths.Root, "tests", "HookSync.Cli.Tests", "Golden", name);
}
