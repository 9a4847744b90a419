namespace HookSync.Rendering.Process;

/// <summary>How one tool run ended: its exit code and output, or why it was stopped.</summary>
/// <param name="ExitCode">The process exit code (meaningless when <paramref name="TimedOut"/> or <paramref name="OutputTooLarge"/>).</param>
/// <param name="Output">Standard output, decoded as UTF-8.</param>
/// <param name="Error">Standard error, decoded as UTF-8 and cut at a size that fits a message.</param>
/// <param name="TimedOut">The run took longer than its timeout and was killed.</param>
/// <param name="OutputTooLarge">Standard output passed the byte limit and the run was killed.</param>
internal sealed record ToolRun(int ExitCode, string Output, string Error, bool TimedOut, bool OutputTooLarge)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut && !OutputTooLarge;
}
