using HookSync.Testing;

namespace HookSync.EndToEnd.Tests.Infrastructure;

/// <summary>A temporary checkout plus the runner files of one CI step (GitHub or GitLab), and a runner set up for it.</summary>
public sealed class CiWorkspace : IDisposable
{
    /// <summary>A fixed revision: the temporary checkout is not a git repository.</summary>
    public const string Revision = "0123456789abcdef0123456789abcdef01234567";

    private readonly TempWorkspace _runnerDirectory = new();

    private CiWorkspace(PublishedBinary binary)
    {
        Runner = new BinaryRunner(binary) { WorkingDirectory = Checkout.Root };
    }

    /// <summary>The checkout (GITHUB_WORKSPACE / CI_PROJECT_DIR).</summary>
    public TempWorkspace Checkout { get; } = new();

    public BinaryRunner Runner { get; }

    public string OutputPath => Path.Combine(_runnerDirectory.Root, "github_output");

    public string SummaryPath => Path.Combine(_runnerDirectory.Root, "step_summary.md");

    public string RunnerTemp => Path.Combine(_runnerDirectory.Root, "runner_temp");

    public string GitHubReportPath => Path.Combine(RunnerTemp, "hooksync-report.json");

    public string GitHubHtmlReportPath => Path.Combine(RunnerTemp, "hooksync-report.html");

    public string GitHubArtifactsDirectory => Path.Combine(RunnerTemp, "hooksync");

    public string GitLabFile(string name) => Path.Combine(Checkout.Root, name);

    /// <summary>A workspace with the environment of a GitHub Actions step.</summary>
    public static CiWorkspace GitHub(PublishedBinary binary)
    {
        var workspace = new CiWorkspace(binary);
        Directory.CreateDirectory(workspace.RunnerTemp);
        File.WriteAllText(workspace.OutputPath, string.Empty);
        File.WriteAllText(workspace.SummaryPath, string.Empty);
        var env = workspace.Runner.Environment;
        env["GITHUB_ACTIONS"] = "true";
        env["GITHUB_OUTPUT"] = workspace.OutputPath;
        env["GITHUB_STEP_SUMMARY"] = workspace.SummaryPath;
        env["RUNNER_TEMP"] = workspace.RunnerTemp;
        env["GITHUB_WORKSPACE"] = workspace.Checkout.Root;
        workspace.Runner.OutputFiles.AddRange([workspace.OutputPath, workspace.SummaryPath, workspace.GitHubReportPath, workspace.GitHubHtmlReportPath]);
        workspace.Runner.OutputDirectories.Add(workspace.GitHubArtifactsDirectory);
        return workspace;
    }

    /// <summary>A workspace with the environment of a GitLab CI job.</summary>
    public static CiWorkspace GitLab(PublishedBinary binary)
    {
        var workspace = new CiWorkspace(binary);
        workspace.Runner.Environment["GITLAB_CI"] = "true";
        workspace.Runner.Environment["CI_PROJECT_DIR"] = workspace.Checkout.Root;
        return workspace;
    }

    /// <summary>Copies an example directory (e.g. "webapp") into <c>deploy/</c> of the checkout.</summary>
    public void CopyExample(string example, string target = "deploy")
    {
        var source = Path.Combine(RepoPaths.Examples, example);
        foreach (var file in Directory.GetFiles(source))
        {
            Checkout.Write(target + "/" + Path.GetFileName(file), File.ReadAllText(file));
        }
    }

    /// <summary>Runs <c>hooksync sync --simulate --revision …</c> with the extra arguments.</summary>
    public Task<BinaryRun> SyncAsync(params string[] arguments) =>
        Runner.RunAsync(["sync", "--simulate", "--revision", Revision, .. arguments]);

    public void Dispose()
    {
        Checkout.Dispose();
        _runnerDirectory.Dispose();
    }
}
