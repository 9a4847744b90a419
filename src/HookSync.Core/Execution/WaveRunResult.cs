namespace HookSync.Core.Execution;

/// <summary>How an S-RUN ended (S13): every apply went through, some failed, or it waits for deletions.</summary>
internal enum WaveRunResult
{
    Succeeded,
    Failed,
    Pending,
}
