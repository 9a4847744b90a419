using System.Xml.Linq;
using HookSync.Testing;

namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>
/// The Dockerfile's build stage, replayed without Docker, publishes a binary that the final stage copies
/// and that runs. Slow: one Native AOT publish (about two minutes on two cores) per run.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DockerfilePublishTests(PublishedImageFixture image) : IClassFixture<PublishedImageFixture>
{
    [Fact]
    public void BuildStage_DotnetCommands_RestoreAndPublishSucceed()
    {
        Assert.True(image.BuildFailure is null, image.BuildFailure?.ToString());
        Assert.Contains(image.DotnetCommands, c => c.StartsWith("dotnet restore ", StringComparison.Ordinal));
        Assert.Contains(image.DotnetCommands, c => c.StartsWith("dotnet publish ", StringComparison.Ordinal));
    }

    [Fact]
    public void FinalStage_CopyFromBuild_FindsEveryPublishedFile()
    {
        Assert.True(image.BuildFailure is null, image.BuildFailure?.ToString());
        Assert.Empty(image.MissingCopySources);
        Assert.True(File.Exists(image.Entrypoint), "ENTRYPOINT binary missing: " + image.Entrypoint);
    }

    [Fact]
    public void Entrypoint_Version_ExitsZeroAndPrintsTheProjectVersion()
    {
        Assert.True(image.BuildFailure is null, image.BuildFailure?.ToString());

        var result = ChildProcess.Run(image.Entrypoint, ["version"], image.WorkingDirectory, timeout: TimeSpan.FromMinutes(1));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(ProjectVersion(), result.StandardOutput, StringComparison.Ordinal);
    }

    private static string ProjectVersion() =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value;
}
