using HookSync.Core.Ports;
using HookSync.Core.Security;
using Microsoft.Extensions.Time.Testing;

namespace HookSync.CiPlatforms.Tests.Kit;

/// <summary>One reporter under test: captured stdout/stderr, a temporary directory for env files, a fake clock and a redactor.</summary>
internal sealed class ReporterRun : IDisposable
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public ReporterRun(Func<string, Dictionary<string, string>>? environment = null, bool color = false, params string[] secrets)
    {
        Directory = Path.Combine(Path.GetTempPath(), "hooksync-ci-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Variables = environment?.Invoke(Directory) ?? [];
        foreach (var secret in secrets)
        {
            Redactor.Register(secret);
        }
        Context = new ReporterContext(new FakeEnvironment(Variables), _out, _error, Redactor, Time, color, ReportPath: null);
    }

    public string Directory { get; }

    public Dictionary<string, string> Variables { get; }

    public SecretRedactor Redactor { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public ReporterContext Context { get; private set; }

    public string Stdout => _out.ToString();

    public string Stderr => _error.ToString();

    public IReadOnlyList<string> StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string PathOf(string name) => Path.Combine(Directory, name);

    public void UseReportPath(string path) => Context = Context with { ReportPath = path };

    /// <summary>A GitHub runner: GITHUB_ACTIONS and the env files in the temporary directory.</summary>
    public static Dictionary<string, string> GitHub(string dir) => new()
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_OUTPUT"] = Path.Combine(dir, "output"),
        ["GITHUB_STEP_SUMMARY"] = Path.Combine(dir, "summary.md"),
        ["GITHUB_SERVER_URL"] = "https://github.com",
        ["GITHUB_REPOSITORY"] = "acme/shop",
        ["GITHUB_RUN_ID"] = "42",
    };

    public static Dictionary<string, string> GitLab(string dir) => new()
    {
        ["GITLAB_CI"] = "true",
        ["CI_PROJECT_DIR"] = dir,
    };

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
