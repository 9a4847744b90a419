using HookSync.CiPlatforms.Tests.Kit;
using HookSync.Core.Diff;
using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.CiPlatforms.Tests;

/// <summary>How each platform shows <c>hooksync diff</c>: colour only when asked, GitLab sections, GitHub's step summary escaped and bounded.</summary>
public sealed class DiffPublisherTests
{
    private static ObjectDiff Diff(string name, DiffAction action, params string[] oldAndNew)
    {
        var old = oldAndNew.Length > 0 ? oldAndNew[0].Split('\n') : [];
        var desired = oldAndNew.Length > 1 ? oldAndNew[1].Split('\n') : [];
        return new ObjectDiff(new GroupVersionKind(string.Empty, "v1", "ConfigMap"), "default", name, action,
            new SourceLocation("deploy/cm.yaml", 1), LineDiff.Hunks(old, desired));
    }

    private static DiffReport Report(params ObjectDiff[] objects) => new("3f2a1b7c9d", objects,
        [new HookPreview(SyncPhase.PreSync, 0, "Job", "default", "migrate-<x>", new SourceLocation("deploy/job.yaml", 1))], []);

    [Fact]
    public void Print_Console_ColourOnlyWhenTheContextSaysSo()
    {
        var report = Report(Diff("a", DiffAction.Update, "k: 1", "k: 2"));
        using var plain = new ReporterRun();
        using var coloured = new ReporterRun(color: true);

        new LocalConsole().CreateDiffPublisher(plain.Context).Print(report);
        new LocalConsole().CreateDiffPublisher(coloured.Context).Print(report);

        Assert.DoesNotContain("\u001b[", plain.Stdout, StringComparison.Ordinal);
        Assert.Contains("\u001b[31m-k: 1\u001b[0m", coloured.Stdout, StringComparison.Ordinal);
        Assert.Contains("\u001b[32m+k: 2\u001b[0m", coloured.Stdout, StringComparison.Ordinal);
        Assert.Contains("\u001b[36m@@ -1 +1 @@\u001b[0m", coloured.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_HostileLineFromTheServer_ShownAsText()
    {
        var report = Report(Diff("a", DiffAction.Update, "k: 1", "::error::pwned\u001b[2J"));
        using var run = new ReporterRun(color: true);

        new LocalConsole().CreateDiffPublisher(run.Context).Print(report);

        Assert.DoesNotContain("\u001b[2J", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(run.StdoutLines, l => l.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void Print_GitLab_EachObjectACollapsedSection_CountsOutside()
    {
        var report = Report(Diff("a", DiffAction.Update, "k: 1", "k: 2"), Diff("b", DiffAction.Create, "", "k: 1"));
        using var run = new ReporterRun(ReporterRun.GitLab);

        new GitLabCi().CreateDiffPublisher(run.Context).Print(report);

        Assert.Contains("section_start:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("hooksync_diff_1[collapsed=true]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("hooksync_diff_2[collapsed=true]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("section_end:1795608000:hooksync_diff_3", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("Diff: 1 to create, 1 to update, 0 unchanged, 0 to prune; 1 hook will run\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_GitHub_DetailsPerChangedObject_HtmlEscaped_Redacted()
    {
        var report = Report(Diff("<img src=x>", DiffAction.Update, "k: hunter2-secret", "k: 2"), Diff("same", DiffAction.Unchanged));
        using var run = new ReporterRun(ReporterRun.GitHub, secrets: "hunter2-secret");

        new GitHubActions().CreateDiffPublisher(run.Context).Summarize(report, "https://k8s.example.com", 1);

        var markdown = File.ReadAllText(run.PathOf("summary.md"));
        Assert.Equal(1, markdown.Split("<details>").Length - 1);
        Assert.Contains("<summary>~ update ConfigMap default/&lt;img src=x&gt; (deploy/cm.yaml:1)</summary>", markdown, StringComparison.Ordinal);
        // Outside the fenced diff (where GitHub renders no HTML) the name is escaped.
        Assert.All(markdown.Split("```").Where((_, i) => i % 2 == 0), outside => Assert.DoesNotContain("<img", outside, StringComparison.Ordinal));
        Assert.DoesNotContain("hunter2-secret", markdown, StringComparison.Ordinal);
        Assert.Contains("- default/same", markdown.Replace("ConfigMap ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("migrate-&lt;x&gt;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_GitHub_HugeDiffs_StayUnderTheRunnersLimit()
    {
        var big = string.Join('\n', Enumerable.Range(0, 5000).Select(i => $"line{i}: {new string('x', 100)}"));
        var objects = Enumerable.Range(0, 40).Select(i => Diff($"cm{i}", DiffAction.Create, "", big)).ToArray();
        using var run = new ReporterRun(ReporterRun.GitHub);

        new GitHubActions().CreateDiffPublisher(run.Context).Summarize(Report(objects), "sim", 1);

        var bytes = new FileInfo(run.PathOf("summary.md")).Length;
        Assert.InRange(bytes, 512 * 1024, 1024 * 1024);
        var markdown = File.ReadAllText(run.PathOf("summary.md"));
        Assert.Contains("more lines not shown", markdown, StringComparison.Ordinal);
        Assert.Contains("summary truncated", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_Console_WritesNothing()
    {
        using var run = new ReporterRun();

        new LocalConsole().CreateDiffPublisher(run.Context).Summarize(Report(), "sim", 0);

        Assert.Equal(string.Empty, run.Stdout);
        Assert.Empty(System.IO.Directory.GetFiles(run.Directory));
    }
}
