namespace HookSync.Core.Ports;

/// <summary>A CI platform HookSync can report to; the first active one wins, the console is the default.</summary>
public interface ICiPlatform
{
    /// <summary>The name used by <c>--ci</c>: github, gitlab or none.</summary>
    string Name { get; }

    /// <summary>True when the environment says HookSync runs on this platform.</summary>
    bool IsActive(IEnvironment environment);

    IRunReporter CreateReporter(ReporterContext context);
}
