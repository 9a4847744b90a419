using HookSync.EndToEnd.Tests.Infrastructure;

namespace HookSync.EndToEnd.Tests;

/// <summary>Annotations, masks and the step summary as the runner reads them from the published binary.</summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed class GitHubReportingTests(PublishedBinary binary)
{
    // '%', ',' and ':' in the path and a newline in both the path and the wave value (a YAML "\n" escape).
    private const string OddFile = "deploy/100%,a:b\nc.yaml";

    private const string OddManifests = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: odd
          annotations:
            argocd.argoproj.io/sync-wave: "1%,a:b\nc"
        data:
          k: v
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: odd-hook
          annotations:
            argocd.argoproj.io/hook: PreSync
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: main
                  image: busybox
        """;

    [Fact]
    public async Task Sync_FailedHookInOddlyNamedFile_PrintsExactlyEscapedErrorAnnotation()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.Checkout.Write(OddFile, OddManifests);

        var run = await ci.SyncAsync("deploy", "--simulate-fail", "Job/odd-hook");

        Assert.True(run.ExitCode == 10, run.ToString());
        // The file name escaped as a workflow-command property; the title and message then carry the failure cause.
        var annotation = Assert.Single(run.OutputLines, l => l.StartsWith("::error file=deploy/100%25%2Ca%3Ab%0Ac.yaml,line=10,title=PreSync Job/odd-hook Failed", StringComparison.Ordinal));
        Assert.Contains("::Job has reached the specified backoff limit%0Acause: ", annotation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_InvalidWaveWithNewline_PrintsExactlyEscapedWarningAnnotation()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.Checkout.Write(OddFile, OddManifests);

        var run = await ci.SyncAsync("deploy", "--simulate-fail", "Job/odd-hook");

        Assert.Contains(
            "::warning file=deploy/100%25%2Ca%3Ab%0Ac.yaml,line=1,title=HS2003::ConfigMap/odd: argocd.argoproj.io/sync-wave value '1%25,a:b%0Ac' is not a whole number (like \"-1\" or \"5\") and is ignored.",
            run.OutputLines);
        // No workflow command may be split across lines: every line starting "::" ends its own command.
        Assert.DoesNotContain(run.OutputLines, l => l.StartsWith("c.yaml", StringComparison.Ordinal) || l.StartsWith("c'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_FileNameWithNewlineAndCommand_NeverStartsAWorkflowCommandLine()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.Checkout.Write("deploy/x\n::error::injected.yaml", OddManifests);

        var run = await ci.SyncAsync("deploy", "--simulate-fail", "Job/odd-hook");

        Assert.True(run.ExitCode == 10, run.ToString());
        Assert.DoesNotContain(run.OutputLines, l => l.TrimStart().StartsWith("::error::injected", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.Contains("deploy/x\\n::error::injected.yaml:10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_OnGitHub_PrintsMasksBeforeAnyOtherLine()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");
        ci.Runner.Environment["HOOKSYNC_TOKEN"] = "e2e-mask-token-4711";

        var run = await ci.SyncAsync("deploy");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.OutputLines;
        var masks = lines.TakeWhile(l => l.StartsWith("::add-mask::", StringComparison.Ordinal)).ToList();
        Assert.Contains("::add-mask::e2e-mask-token-4711", masks);
        Assert.DoesNotContain(lines.Skip(masks.Count), l => l.StartsWith("::add-mask::", StringComparison.Ordinal) && l.Contains("4711", StringComparison.Ordinal));
        Assert.DoesNotContain(lines.Skip(masks.Count), l => l.Contains("e2e-mask-token-4711", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_SyncHookFails_SummaryHasVerdictFirstPhaseTableAndLogsInDetails()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");

        var run = await ci.SyncAsync("deploy", "--simulate-fail", "Job/webapp-warm-cache-");

        Assert.True(run.ExitCode == 11, run.ToString());
        var summary = File.ReadAllText(ci.SummaryPath);
        var lines = summary.Split('\n').Where(l => l.Length > 0).ToList();
        Assert.StartsWith("# ", lines[0], StringComparison.Ordinal);
        Assert.Contains("**Failed**", lines[1], StringComparison.Ordinal);
        var phases = summary.IndexOf("| Phase | Result |", StringComparison.Ordinal);
        Assert.True(phases > 0, summary);
        Assert.Contains("| Sync | ❌ Failed | 5 | 1 |", summary, StringComparison.Ordinal);
        Assert.Contains("| SyncFail | ✅ Succeeded | 1 | 0 |", summary, StringComparison.Ordinal);
        var details = summary.IndexOf("<details><summary>Sync wave 1 Job/webapp-warm-cache-", StringComparison.Ordinal);
        Assert.True(details > phases, summary);
        var end = summary.IndexOf("</details>", details, StringComparison.Ordinal);
        var block = summary[details..end];
        Assert.Contains("Job has reached the specified backoff limit", block, StringComparison.Ordinal);
        Assert.Contains("exit status 1", block, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_HookLogs_AreWrappedInStopCommandsAndPhasesInFlatGroups()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");

        var run = await ci.SyncAsync("deploy");

        var open = false;
        string? stopToken = null;
        foreach (var line in run.OutputLines)
        {
            if (stopToken is not null)
            {
                Assert.False(line.StartsWith("::", StringComparison.Ordinal) && line != $"::{stopToken}::", $"command inside stop-commands: {line}");
                stopToken = line == $"::{stopToken}::" ? null : stopToken;
                continue;
            }
            if (line.StartsWith("::stop-commands::", StringComparison.Ordinal))
            {
                stopToken = line["::stop-commands::".Length..];
                Assert.True(stopToken.Length > 6, line);
            }
            else if (line.StartsWith("::group::", StringComparison.Ordinal))
            {
                Assert.False(open, "nested ::group::");
                open = true;
            }
            else if (line == "::endgroup::")
            {
                Assert.True(open, "::endgroup:: without a group");
                open = false;
            }
            Assert.DoesNotContain(" | starting ", line, StringComparison.Ordinal);
        }
        Assert.False(open);
        Assert.Null(stopToken);
        Assert.Equal(3, run.OutputLines.Count(l => l.StartsWith("::group::", StringComparison.Ordinal)));
    }
}
