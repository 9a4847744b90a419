using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using HookSync.Cli.Options;
using HookSync.Core.Reporting;

namespace HookSync.Cli;

internal static class Program
{
    // CommandLineParser builds option objects by reflection; keep their members when trimmed or AOT-compiled (the trimmer cannot see reflection).
    [DynamicDependency(DynamicallyAccessedMemberTypes.All, typeof(PlanOptions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.All, typeof(SyncVerbOptions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.All, typeof(DiffOptions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.All, typeof(VersionOptions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.All, typeof(CommentOptions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.All, typeof(SourceOptions))]
    private static async Task<int> Main(string[] args)
    {
        using var signal = new ShutdownSignal();
        // D-4: SIGINT/SIGTERM cancel the run instead of killing the process, so SyncFail hooks and reports still happen.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; signal.Raise(EndReason.Interrupted); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; signal.Raise(EndReason.Terminated); });
        try
        {
            return await new HookSyncApp(Composition.CreateDefault()).RunAsync(args, signal);
        }
        catch (Exception e)
        {
            // README Exit codes: exit 1 is a bug. Secrets are not in exception messages (adapters redact), but stay brief.
            await Console.Error.WriteLineAsync($"hooksync: internal error ({e.GetType().Name}): {e.Message}\nThis is a bug; please report it with the command line used.");
            return ExitCodeMap.InternalError;
        }
    }
}
