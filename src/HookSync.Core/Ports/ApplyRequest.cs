namespace HookSync.Core.Ports;

/// <summary>How to apply: dry-run or for real, and whether to take over conflicting fields (D-9).</summary>
public sealed record ApplyRequest(bool DryRun, bool Force, string FieldManager = ApplyRequest.DefaultFieldManager)
{
    public const string DefaultFieldManager = "hooksync";
}
