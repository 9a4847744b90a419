namespace HookSync.Cli.Commands;

/// <summary>A bad option value or missing configuration (exit 2). The message says what to change.</summary>
internal sealed class UsageException(string message) : Exception(message);
