using HookSync.Core.Ports;

namespace HookSync.Core.Permissions;

/// <summary>What the permissions preflight found.</summary>
/// <param name="Checked">How many distinct needs were reviewed; 0 when the cluster client cannot review access.</param>
/// <param name="Missing">The needs the server refused, sorted as <see cref="PermissionNeeds.For"/> sorts them.</param>
/// <param name="Identity">The user the server sees, when it says.</param>
public sealed record PreflightResult(int Checked, IReadOnlyList<PermissionNeed> Missing, string? Identity)
{
    public bool Passed => Missing.Count == 0;

    /// <summary>One message listing every missing right, so the RBAC fix is made once, not once per failed run.</summary>
    public string Message()
    {
        var who = Identity is { Length: > 0 } identity ? $"\"{identity}\"" : "the credentials";
        return $"{who} lack{(Identity is { Length: > 0 } ? "s" : string.Empty)} {Missing.Count} permission{(Missing.Count == 1 ? string.Empty : "s")} "
            + $"this sync needs: {string.Join("; ", Missing)}. Nothing was applied; grant them with a Role or ClusterRole "
            + "(or pass --skip-preflight to find out the hard way)";
    }
}
