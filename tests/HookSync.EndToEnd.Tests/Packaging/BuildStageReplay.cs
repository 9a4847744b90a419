namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>
/// Replays a Dockerfile build stage without a Docker engine: its COPY instructions copy from the repository
/// into a scratch root (skipping bin/obj, as .dockerignore does), its ENV lines become the environment and
/// its <c>RUN dotnet …</c> commands run there with absolute paths mapped into the scratch root.
/// Non-dotnet RUN lines (apt-get) are skipped: the machine already has what they install.
/// </summary>
internal sealed class BuildStageReplay(string repositoryRoot, string scratchRoot)
{
    private static readonly string[] IgnoredDirectories = ["bin", "obj", "TestResults"];
    private readonly Dictionary<string, string> environment = new(StringComparer.Ordinal);
    private string workdir = "/";

    /// <summary>The dotnet commands that ran, as written in the Dockerfile.</summary>
    public List<string> DotnetCommands { get; } = [];

    /// <summary>A path inside the replayed image, mapped into the scratch root.</summary>
    public string MapPath(string imagePath)
    {
        var absolute = imagePath.StartsWith('/') ? imagePath : workdir.TrimEnd('/') + "/" + imagePath;
        return Path.GetFullPath(Path.Combine(scratchRoot, absolute.TrimStart('/')));
    }

    /// <summary>Runs the stage; returns the first failing dotnet command's result, or null when all succeed.</summary>
    public ProcessResult? Run(DockerStage stage)
    {
        foreach (var instruction in stage.Instructions)
        {
            switch (instruction.Keyword)
            {
                case "WORKDIR":
                    workdir = instruction.Arguments;
                    Directory.CreateDirectory(MapPath(workdir));
                    break;
                case "ENV":
                    foreach (var pair in instruction.Words.Where(w => w.Contains('=', StringComparison.Ordinal)))
                    {
                        environment[pair[..pair.IndexOf('=', StringComparison.Ordinal)]] = pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..];
                    }
                    break;
                case "COPY":
                    Copy(instruction.Words);
                    break;
                case "RUN" when instruction.Words[0] == "dotnet":
                    DotnetCommands.Add(instruction.Arguments);
                    var arguments = instruction.Words.Skip(1).Select(w => w.StartsWith('/') ? MapPath(w) : w);
                    var result = ChildProcess.Run("dotnet", arguments, MapPath(workdir), environment);
                    if (result.ExitCode != 0)
                    {
                        return result;
                    }
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    private void Copy(IReadOnlyList<string> allWords)
    {
        var words = allWords.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
        var sources = words.Take(words.Count - 1).ToList();
        var destination = words[^1];
        foreach (var source in sources)
        {
            var from = Path.Combine(repositoryRoot, source);
            if (Directory.Exists(from))
            {
                CopyDirectory(from, MapPath(destination));
                continue;
            }
            var target = destination.EndsWith('/') ? Path.Combine(MapPath(destination), Path.GetFileName(source)) : MapPath(destination);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(from, target, overwrite: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
        foreach (var directory in Directory.GetDirectories(from).Where(d => !IgnoredDirectories.Contains(Path.GetFileName(d))))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
