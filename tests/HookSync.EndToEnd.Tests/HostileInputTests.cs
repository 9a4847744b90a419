using System.Text.RegularExpressions;
using HookSync.EndToEnd.Tests.Infrastructure;
using HookSync.Testing.Hostile;

namespace HookSync.EndToEnd.Tests;

/// <summary>
/// Every case of <see cref="HostileCorpus"/> through the published binary: <c>plan</c> and <c>sync --simulate</c>, each in
/// GitHub and GitLab mode. A case ends in a clean success or an error naming its file, never an internal error or a hang;
/// nothing is applied after an error; no string from the input starts a CI command line or reaches the log raw.
/// </summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed partial class HostileInputTests(PublishedBinary binary)
{
    // Generous: a case that hangs (a FIFO, a CPU-bound parse) fails here instead of holding the suite for minutes.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static IEnumerable<object[]> Cases() => HostileCorpus.TheoryData();

    [Fact]
    public void Corpus_HasAtLeastEightyCases() => Assert.True(HostileCorpus.Cases.Count >= 80, $"{HostileCorpus.Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileCase_PlanAndSync_InBothPlatforms_FailCleanlyOrSucceed(string name)
    {
        var hostile = HostileCorpus.Get(name);
        var runs = new[]
        {
            RunAsync(hostile, CiWorkspace.GitHub, "plan"),
            RunAsync(hostile, CiWorkspace.GitLab, "plan"),
            RunAsync(hostile, CiWorkspace.GitHub, "sync"),
            RunAsync(hostile, CiWorkspace.GitLab, "sync"),
        };
        var problems = (await Task.WhenAll(runs)).SelectMany(p => p).ToList();

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    private async Task<List<string>> RunAsync(HostileCase hostile, Func<PublishedBinary, CiWorkspace> platform, string verb)
    {
        using var ci = platform(binary);
        hostile.Setup(ci.Checkout);
        string[] arguments = verb == "plan"
            ? ["plan", "deploy", "--revision", CiWorkspace.Revision]
            : ["sync", "--simulate", "deploy", "--revision", CiWorkspace.Revision];
        using var running = ci.Runner.Start(arguments);
        BinaryRun run;
        try
        {
            run = await running.WaitAsync(Limit);
        }
        catch (TimeoutException e)
        {
            return [$"{verb} in {Mode(ci)}: {e.Message}"];
        }
        return Problems(run, verb).Select(p => $"{verb} in {Mode(ci)}: {p}\n{run}").ToList();
    }

    private static IEnumerable<string> Problems(BinaryRun run, string verb)
    {
        var all = run.StandardOutput + run.StandardError;
        if (run.ExitCode is not (0 or 3))
        {
            yield return $"exit {run.ExitCode}: expected 0 (clean success) or 3 (input error)";
        }
        if (all.Contains("internal error", StringComparison.OrdinalIgnoreCase) || all.Contains("   at ", StringComparison.Ordinal))
        {
            yield return "an internal error or a stack trace was printed";
        }
        if (run.ExitCode == 3 && !all.Contains("deploy", StringComparison.Ordinal))
        {
            yield return "the error does not name the file";
        }
        if (run.ExitCode != 0 && verb == "sync" && AppliedLine().IsMatch(all))
        {
            yield return "something was applied although the run failed";
        }
        foreach (var line in all.Split('\n', '\r'))
        {
            var trimmed = line.TrimStart();
            if (HostileCorpus.ForbiddenLineStarts.Any(f => trimmed.StartsWith(f, StringComparison.Ordinal)))
            {
                yield return $"an injected command reached the log as a command line: {trimmed}";
            }
        }
        foreach (var fragment in HostileCorpus.ForbiddenFragments.Where(f => all.Contains(f, StringComparison.Ordinal)))
        {
            yield return $"a raw escape sequence from the input reached the log: {fragment.Replace("\u001b", "\\e", StringComparison.Ordinal)}";
        }
    }

    private static string Mode(CiWorkspace ci) => ci.Runner.Environment.ContainsKey("GITHUB_ACTIONS") ? "GitHub" : "GitLab";

    // kubectl-style apply lines: "configmap/ok created", "job.batch/x configured".
    [GeneratedRegex(@"\S+/\S+ (created|configured)\b")]
    private static partial Regex AppliedLine();
}
