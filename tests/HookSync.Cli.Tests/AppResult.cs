namespace HookSync.Cli.Tests;

/// <summary>What a run of the app returned and printed.</summary>
internal sealed record AppResult(int ExitCode, string Out, string Error);
