namespace HookSync.Rendering.Process;

/// <summary>One tool to run: the executable, its arguments (never joined into a shell line), where, and its limits.</summary>
internal sealed record ToolInvocation(
    string Executable,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    TimeSpan Timeout,
    long MaxOutputBytes,
    IReadOnlyDictionary<string, string>? Environment = null);
