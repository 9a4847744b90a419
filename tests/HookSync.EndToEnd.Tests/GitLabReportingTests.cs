using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HookSync.EndToEnd.Tests.Infrastructure;
using HookSync.Testing;

namespace HookSync.EndToEnd.Tests;

/// <summary>The published binary on GitLab CI: dotenv, JUnit, code quality and collapsible sections.</summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed partial class GitLabReportingTests(PublishedBinary binary)
{
    [Fact]
    public async Task Sync_SyncHookFails_DotenvParsesWithEveryVariable()
    {
        using var ci = CiWorkspace.GitLab(binary);
        ci.CopyExample("webapp");

        var run = await ci.SyncAsync("deploy", "--simulate-fail", "Job/webapp-warm-cache-");

        Assert.True(run.ExitCode == 11, run.ToString());
        var env = DotenvFile.Parse(ci.GitLabFile("hooksync.env"));
        Assert.Equal("Failed", env["HOOKSYNC_RESULT"]);
        Assert.Equal("11", env["HOOKSYNC_EXIT_CODE"]);
        Assert.Equal("Sync", env["HOOKSYNC_FAILED_PHASE"]);
        Assert.Equal("Succeeded", env["HOOKSYNC_PRESYNC"]);
        Assert.Equal("Failed", env["HOOKSYNC_SYNC"]);
        Assert.Equal("NotRun", env["HOOKSYNC_POSTSYNC"]);
        Assert.Equal("Succeeded", env["HOOKSYNC_SYNCFAIL"]);
        Assert.Equal(CiWorkspace.Revision, env["HOOKSYNC_REVISION"]);
        Assert.True(File.Exists(ci.GitLabFile("hooksync-report.json")));
    }

    [Fact]
    public async Task Sync_Webapp_JUnitIsWellFormedWithOneTestcasePerTask()
    {
        using var ci = CiWorkspace.GitLab(binary);
        ci.CopyExample("webapp");

        var run = await ci.SyncAsync("deploy", "--simulate-fail", "Job/webapp-warm-cache-");

        Assert.Equal(11, run.ExitCode);
        var junit = XDocument.Load(ci.GitLabFile("hooksync-junit.xml"));
        using var report = JsonDocument.Parse(File.ReadAllText(ci.GitLabFile("hooksync-report.json")));
        var taskCount = report.RootElement.GetProperty("tasks").GetArrayLength();
        var cases = junit.Descendants("testcase").ToList();
        Assert.Equal(8, taskCount);
        Assert.Equal(taskCount, cases.Count);
        // GitLab rejects duplicate name+classname pairs.
        Assert.Equal(cases.Count, cases.Select(c => (string?)c.Attribute("classname") + "\n" + (string?)c.Attribute("name")).Distinct().Count());
        var failed = Assert.Single(cases, c => c.Element("failure") is not null || c.Element("error") is not null);
        Assert.Contains("webapp-warm-cache-", (string?)failed.Attribute("name"), StringComparison.Ordinal);
        Assert.Equal(4, junit.Descendants("testsuite").Count());
    }

    [Fact]
    public async Task Sync_InvalidManifests_CodeQualityIsAJsonArrayWithLocations()
    {
        using var ci = CiWorkspace.GitLab(binary);
        ci.CopyExample("broken");

        var run = await ci.SyncAsync("deploy");

        Assert.True(run.ExitCode == 3, run.ToString());
        var bytes = File.ReadAllBytes(ci.GitLabFile("hooksync-codequality.json"));
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "BOM");
        using var quality = JsonDocument.Parse(bytes);
        Assert.Equal(JsonValueKind.Array, quality.RootElement.ValueKind);
        var issues = quality.RootElement.EnumerateArray().ToList();
        Assert.Contains(issues, i => i.GetProperty("check_name").GetString() == "HS3001"
            && i.GetProperty("location").GetProperty("path").GetString() == "deploy/app.yaml"
            && i.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32() > 0);
        var severities = new[] { "info", "minor", "major", "critical", "blocker" };
        Assert.All(issues, i =>
        {
            Assert.Contains(i.GetProperty("severity").GetString(), severities);
            Assert.False(string.IsNullOrEmpty(i.GetProperty("fingerprint").GetString()));
            Assert.False(string.IsNullOrEmpty(i.GetProperty("description").GetString()));
        });
        Assert.Equal(issues.Count, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Sync_Webapp_SectionsAreBalancedAndPrintNoGitHubCommands()
    {
        using var ci = CiWorkspace.GitLab(binary);
        ci.CopyExample("webapp");

        var run = await ci.SyncAsync("deploy");

        Assert.True(run.ExitCode == 0, run.ToString());
        var open = new Stack<string>();
        var seen = 0;
        foreach (var line in run.OutputLines)
        {
            foreach (Match marker in SectionMarker().Matches(line))
            {
                var name = marker.Groups["name"].Value;
                if (marker.Groups["kind"].Value == "start")
                {
                    open.Push(name);
                    seen++;
                }
                else
                {
                    Assert.True(open.Count > 0 && open.Pop() == name, $"section_end:{name} does not close the open section");
                }
            }
        }
        Assert.Empty(open);
        Assert.True(seen >= 3, run.StandardOutput);
        Assert.DoesNotContain(run.OutputLines, l => l.StartsWith("::", StringComparison.Ordinal));
    }

    [GeneratedRegex("\u001b\\[0Ksection_(?<kind>start|end):[0-9]+:(?<name>[A-Za-z0-9_.-]+)")]
    private static partial Regex SectionMarker();
}
