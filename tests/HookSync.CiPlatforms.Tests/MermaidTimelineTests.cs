using System.Diagnostics;
using HookSync.CiPlatforms.Common;
using HookSync.CiPlatforms.Tests.Kit;
using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing;

namespace HookSync.CiPlatforms.Tests;

/// <summary>The step summary's Mermaid gantt: phases and waves as sections, hostile names made inert, and Mermaid's parser agrees.</summary>
public sealed class MermaidTimelineTests
{
    private static readonly DateTimeOffset T0 = Reports.Start;

    private static readonly string[] HostileNames =
    [
        "a:b", "x#y;z", "line\nbreak", "section evil", "click x call alert()", "`fence```", "%%{init: {}}%%", "<b>tag</b>", "ünïcødé", "  ", "title x:y",
        "dateFormat YYYY", "a\r\nb", "crit, done, 1, 2", "end", "}", "\"quoted\"",
    ];

    private static SyncReport Run(params TaskReport[] tasks) => Reports.Failed(SyncPhase.PostSync, tasks);

    private static SyncReport Sample() => Run(
        Tasks.Row(Tasks.Hook(SyncPhase.PreSync, "migrate"), OperationPhase.Succeeded, startedAt: T0, seconds: 4.2),
        Tasks.Row(Tasks.Resource("Deployment", "web", wave: 1), OperationPhase.Succeeded, startedAt: T0.AddMilliseconds(4300), seconds: 9),
        Tasks.Row(Tasks.Hook(SyncPhase.PostSync, "smoke"), OperationPhase.Failed, "Job has reached the specified backoff limit",
            startedAt: T0.AddMilliseconds(13400), seconds: 2.5),
        Tasks.Row(Tasks.Hook(SyncPhase.SyncFail, "notify"), null, order: null));

    [Fact]
    public void Gantt_Run_HasASectionPerPhaseAndWaveAndABarPerTaskThatRan()
    {
        var gantt = MermaidTimeline.Gantt(Sample())!;

        Assert.Equal(
        [
            "gantt",
            "    title HookSync sync Failed",
            "    dateFormat x",
            "    axisFormat %M:%S",
            "    section PreSync wave 0",
            $"    Succeeded Job/migrate 4.2s :done, {T0.ToUnixTimeMilliseconds()}, {T0.ToUnixTimeMilliseconds() + 4200}",
            "    section Sync wave 1",
            $"    Succeeded Deployment/web 9.0s :done, {T0.ToUnixTimeMilliseconds() + 4300}, {T0.ToUnixTimeMilliseconds() + 13300}",
            "    section PostSync wave 0",
            $"    Failed Job/smoke 2.5s :crit, {T0.ToUnixTimeMilliseconds() + 13400}, {T0.ToUnixTimeMilliseconds() + 15900}",
        ], gantt.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Gantt_NothingRan_IsNull()
    {
        Assert.Null(MermaidTimeline.Gantt(Run(Tasks.Row(Tasks.Hook(SyncPhase.PreSync, "m"), null, order: null))));
        Assert.Equal(string.Empty, MermaidTimeline.MarkdownBlock(Reports.Invalid([])));
    }

    [Fact]
    public void Gantt_HostileNames_CannotBreakALineOrTheFence()
    {
        var gantt = MermaidTimeline.Gantt(HostileReport())!;
        var taskLines = gantt.Split('\n').Where(l => l.StartsWith("    ", StringComparison.Ordinal) && !l.StartsWith("    section", StringComparison.Ordinal)).Skip(3).ToList();

        Assert.Equal(HostileNames.Length, taskLines.Count);
        Assert.All(taskLines, line =>
        {
            // One colon: the one that starts the task data; no comment, no entity, no fence.
            Assert.Single(line, c => c == ':');
            Assert.DoesNotContain('#', line);
            Assert.DoesNotContain(';', line);
            Assert.DoesNotContain('`', line);
            Assert.DoesNotContain('%', line);
            Assert.Matches("^    (Succeeded|Failed) ", line);
        });
    }

    [MermaidFact]
    public void Gantt_SampleAndHostileNames_ParseWithMermaidsOwnParser()
    {
        var directory = Directory.CreateTempSubdirectory("hooksync-mermaid-");
        try
        {
            var sample = Path.Combine(directory.FullName, "sample.mmd");
            var hostile = Path.Combine(directory.FullName, "hostile.mmd");
            var broken = Path.Combine(directory.FullName, "broken.mmd");
            File.WriteAllText(sample, MermaidTimeline.Gantt(Sample()));
            File.WriteAllText(hostile, MermaidTimeline.Gantt(HostileReport()));
            // The check itself must be able to fail: an unsanitized name is a parse error.
            File.WriteAllText(broken, "gantt\n    dateFormat x\n    section s\n    evil : name ; done, 1, 2\n");

            var output = RunChecker(sample, hostile, broken);

            Assert.Contains($"ok {sample} gantt", output);
            Assert.Contains($"ok {hostile} gantt", output);
            Assert.Contains($"error {broken}", output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static SyncReport HostileReport() => Run([.. HostileNames.Select((name, i) =>
        Tasks.Row(Tasks.Hook(SyncPhase.Sync, $"n{i}"), i % 2 == 0 ? OperationPhase.Succeeded : OperationPhase.Failed, startedAt: T0.AddSeconds(i)) with { Name = name })]);

    private static string RunChecker(params string[] files)
    {
        var start = new ProcessStartInfo(MermaidFactAttribute.NodePath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(MermaidFactAttribute.ToolDirectory, "check.mjs"));
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the Mermaid check did not finish");
        return output.Result + error.Result;
    }
}
