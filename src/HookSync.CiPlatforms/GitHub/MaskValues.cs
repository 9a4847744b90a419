using HookSync.Core.Security;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>The values to register with <c>::add-mask::</c> for the run's secrets.</summary>
internal static class MaskValues
{
    /// <summary>A single-line secret as is; a multi-line one by its opaque lines (<see cref="SecretLines"/>), since the runner masks line by line.</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<string> secrets)
    {
        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var secret in secrets)
        {
            if (!secret.Contains('\n', StringComparison.Ordinal) && !secret.Contains('\r', StringComparison.Ordinal))
            {
                Add(secret.Trim());
                continue;
            }
            foreach (var line in SecretLines.Opaque(secret))
            {
                Add(line);
            }
        }
        return values;

        void Add(string value)
        {
            if (value.Length > 0 && seen.Add(value))
            {
                values.Add(value);
            }
        }
    }
}
