namespace HookSync.EndToEnd.Tests.Infrastructure;

/// <summary>The outcome of one run of the published binary.</summary>
public sealed record BinaryRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>stdout split into lines without their terminators.</summary>
    public IReadOnlyList<string> OutputLines =>
        StandardOutput.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
