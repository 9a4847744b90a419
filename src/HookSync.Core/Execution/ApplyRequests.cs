using HookSync.Core.Planning;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>The one place a task's sync options become the apply request: Force=true forces conflicts, Validate=false drops field validation.</summary>
internal static class ApplyRequests
{
    public static ApplyRequest For(SyncTask task, SyncOptions options, bool dryRun) =>
        new(DryRun: dryRun, Force: options.ForceConflicts || task.Options.Force)
        {
            FieldValidation = task.Options.SkipValidation ? "Ignore" : "Strict",
        };
}
