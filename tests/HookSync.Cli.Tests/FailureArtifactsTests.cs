namespace HookSync.Cli.Tests;

/// <summary>README "Failure artifacts": a failed hook's object, pods and logs land in the platform's artifacts directory.</summary>
public sealed class FailureArtifactsTests
{
    [Fact]
    public async Task Sync_FailedHookOnGitLab_WritesObjectPodAndFullLogUnderProjectDir()
    {
        var project = Directory.CreateTempSubdirectory("hooksync-artifacts-");
        try
        {
            await using var connector = new RecordingSimulatorConnector();
            var app = new AppFixture { UseSystemTime = true, Clusters = connector };
            app.Environment["GITLAB_CI"] = "true";
            app.Environment["CI_PROJECT_DIR"] = project.FullName;

            var result = await app.RunAsync("sync", "--simulate", "examples/webapp", "--simulate-fail", "Job/webapp-smoke-test-", "--workspace", ".");

            Assert.True(result.ExitCode == 12, result.Out + result.Error);
            var root = Path.Combine(project.FullName, "hooksync");
            var task = Assert.Single(Directory.GetDirectories(root));
            Assert.StartsWith("01-PostSync-Job-webapp-smoke-test-", Path.GetFileName(task), StringComparison.Ordinal);
            Assert.Contains("kind: Job", File.ReadAllText(Path.Combine(task, "object.yaml")), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(task, "events.yaml")));
            var pod = Assert.Single(Directory.GetFiles(Path.Combine(task, "pods")));
            Assert.Contains("phase: Failed", File.ReadAllText(pod), StringComparison.Ordinal);
            var log = Assert.Single(Directory.GetFiles(Path.Combine(task, "logs")));
            Assert.EndsWith(".main.log", log, StringComparison.Ordinal);
            Assert.Contains("exit status 1", File.ReadAllText(log), StringComparison.Ordinal);
            Assert.Contains($"artifacts of 1 failed task: 4 files in {root}", result.Out, StringComparison.Ordinal);
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Sync_SucceededLocallyWithArtifactsDir_WritesNothing()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"hooksync-artifacts-{Guid.NewGuid():N}");
        await using var connector = new RecordingSimulatorConnector();

        var result = await new AppFixture { UseSystemTime = true, Clusters = connector }
            .RunAsync("sync", "--simulate", "examples/webapp", "--artifacts-dir", directory);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.False(Directory.Exists(directory));
    }
}
