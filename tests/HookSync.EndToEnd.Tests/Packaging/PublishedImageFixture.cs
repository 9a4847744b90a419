using HookSync.Testing;

namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>
/// Replays the Dockerfile once per test class: the build stage's dotnet commands, then the final stage's
/// <c>COPY --from=build</c> into a scratch /usr/local/bin, so tests run the binary where the image has it.
/// </summary>
public sealed class PublishedImageFixture : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("hooksync-image-").FullName;

    public PublishedImageFixture()
    {
        var dockerfile = DockerfileModel.Load(Path.Combine(RepoPaths.Root, "Dockerfile"));
        var build = new BuildStageReplay(RepoPaths.Root, scratch);
        BuildFailure = build.Run(dockerfile.Stage("build"));
        DotnetCommands = build.DotnetCommands;
        foreach (var copy in dockerfile.Final.All("COPY").Where(c => c.Words.Contains("--from=build")))
        {
            var words = copy.Words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
            var destination = build.MapPath(words[^1]);
            Directory.CreateDirectory(destination);
            foreach (var source in words.Take(words.Count - 1))
            {
                var mapped = build.MapPath(source);
                var matches = Directory.Exists(Path.GetDirectoryName(mapped))
                    ? Directory.GetFiles(Path.GetDirectoryName(mapped)!, Path.GetFileName(mapped))
                    : [];
                if (matches.Length == 0)
                {
                    MissingCopySources.Add(source);
                }
                foreach (var file in matches)
                {
                    File.Copy(file, Path.Combine(destination, Path.GetFileName(file)), overwrite: true);
                }
            }
        }
        var entrypoint = dockerfile.Final.All("ENTRYPOINT").Single().Arguments.Trim('[', ']', ' ').Split(',')[0].Trim('"', ' ');
        Entrypoint = build.MapPath(entrypoint);
        WorkingDirectory = scratch;
    }

    /// <summary>The first failing dotnet command of the build stage, or null.</summary>
    public ProcessResult? BuildFailure { get; }

    public IReadOnlyList<string> DotnetCommands { get; }

    /// <summary>Sources of the final stage's <c>COPY --from=build</c> that matched no published file.</summary>
    public List<string> MissingCopySources { get; } = [];

    /// <summary>The ENTRYPOINT binary, at its image path mapped into the scratch root.</summary>
    public string Entrypoint { get; }

    public string WorkingDirectory { get; }

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
