using System.Xml.Linq;
using HookSync.Testing;

namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>Static checks of the Dockerfile against what GitHub's Docker actions and GitLab jobs need from the image (docs/ci.md The image).</summary>
public sealed class DockerfileTests
{
    private readonly DockerfileModel dockerfile = DockerfileModel.Load(Path.Combine(RepoPaths.Root, "Dockerfile"));

    [Fact]
    public void RestoreLayer_BeforeRestore_CopiesEveryProjectTheCliDependsOn()
    {
        var copied = CopiedBeforeRestore();

        foreach (var project in CliProjectClosure())
        {
            Assert.Contains(project, copied);
        }
    }

    [Theory]
    [InlineData("global.json")]
    [InlineData("Directory.Build.props")]
    [InlineData("Directory.Packages.props")]
    [InlineData(".editorconfig")]
    public void RestoreLayer_BeforeRestore_CopiesSolutionWideBuildFile(string file)
    {
        Assert.Contains(file, CopiedBeforeRestore());
    }

    [Fact]
    public void BuildStage_Publish_IsReleaseLinuxX64NativeAotOfTheCli()
    {
        var publish = dockerfile.Stage("build").All("RUN").Select(r => r.Words)
            .Single(w => w.Count > 1 && w[0] == "dotnet" && w[1] == "publish");

        Assert.Contains("src/HookSync.Cli/HookSync.Cli.csproj", publish);
        Assert.Equal("Release", publish[publish.ToList().IndexOf("-c") + 1]);
        Assert.Equal("linux-x64", publish[publish.ToList().IndexOf("-r") + 1]);
        Assert.Contains("-p:PublishAot=true", publish);
    }

    [Fact]
    public void FinalStage_Base_IsRuntimeDepsWithAShellNotChiseledOrDistroless()
    {
        var image = dockerfile.Final.BaseImage;

        Assert.StartsWith("mcr.microsoft.com/dotnet/runtime-deps:", image, StringComparison.Ordinal);
        Assert.DoesNotContain("chiseled", image, StringComparison.Ordinal);
        Assert.DoesNotContain("distroless", image, StringComparison.Ordinal);
    }

    [Fact]
    public void FinalStage_User_IsNotSetSoGitHubRunsItAsRoot()
    {
        Assert.Empty(dockerfile.Final.All("USER"));
    }

    [Fact]
    public void FinalStage_Entrypoint_IsExecFormHooksyncInUsrLocalBin()
    {
        var entrypoint = dockerfile.Final.All("ENTRYPOINT").Single().Arguments;

        Assert.Equal("[\"/usr/local/bin/hooksync\"]", entrypoint);
    }

    [Theory]
    [InlineData("**/bin/")]
    [InlineData("**/obj/")]
    [InlineData(".git/")]
    public void DockerIgnore_BuildContext_ExcludesOutputsAndHistory(string pattern)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".dockerignore")).Select(l => l.Trim());

        Assert.Contains(pattern, lines);
    }

    private HashSet<string> CopiedBeforeRestore()
    {
        var copied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var instruction in dockerfile.Stage("build").Instructions)
        {
            if (instruction.Keyword == "RUN" && instruction.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal))
            {
                return copied;
            }
            if (instruction.Keyword == "COPY")
            {
                copied.UnionWith(instruction.Words.Take(instruction.Words.Count - 1));
            }
        }
        throw new InvalidOperationException("the build stage has no dotnet restore");
    }

    private static SortedSet<string> CliProjectClosure()
    {
        var projects = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.Combine(RepoPaths.Root, "src", "HookSync.Cli", "HookSync.Cli.csproj")]);
        while (pending.Count > 0)
        {
            var path = Path.GetFullPath(pending.Pop());
            if (!projects.Add(Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/')))
            {
                continue;
            }
            foreach (var reference in XDocument.Load(path).Descendants("ProjectReference"))
            {
                pending.Push(Path.Combine(Path.GetDirectoryName(path)!, reference.Attribute("Include")!.Value));
            }
        }
        return projects;
    }
}
