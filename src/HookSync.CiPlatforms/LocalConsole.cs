using HookSync.CiPlatforms.Console;
using HookSync.Core.Ports;

namespace HookSync.CiPlatforms;

/// <summary>The plain console: always active, the default when no CI platform is detected; it knows nothing of the machine.</summary>
public sealed class LocalConsole : ICiPlatform
{
    public const string PlatformName = "none";

    public string Name => PlatformName;

    public bool IsActive(IEnvironment environment) => true;

    public string? WorkspaceDirectory(IEnvironment environment) => null;

    public string? RepositoryName(IEnvironment environment) => null;

    public string? DefaultReportPath(IEnvironment environment) => null;

    public string? RunUrl(IEnvironment environment) => null;

    public IRunReporter CreateReporter(ReporterContext context) => new ConsoleReporter(context);

    public IDiffPublisher CreateDiffPublisher(ReporterContext context) => new Console.ConsoleDiffPublisher(context);
}
