namespace HookSync.Core.Ports;

/// <summary>How to apply: dry-run or for real, whether to take over conflicting fields (D-9), and how strictly the server checks fields.</summary>
public sealed record ApplyRequest(bool DryRun, bool Force, string FieldManager = ApplyRequest.DefaultFieldManager)
{
    public const string DefaultFieldManager = "hooksync";

    /// <summary>
    /// The server's <c>fieldValidation</c>: <c>Strict</c> refuses unknown or duplicate fields (kubectl's and Argo CD's default),
    /// <c>Ignore</c> drops them silently (<c>Validate=false</c>).
    /// </summary>
    public string FieldValidation { get; init; } = "Strict";
}
