using System.Security.Cryptography;
using System.Text;

namespace HookSync.Core.Locking;

/// <summary>The Lease name for an app: <c>hooksync-</c> plus the app name made a valid DNS-1123 label.</summary>
public static class LeaseName
{
    private const int MaxLength = 63;

    /// <summary>
    /// App names come from repository paths (<c>org/repo</c>) or <c>--app</c>, so they are folded to lower case and every
    /// other character becomes <c>-</c>. When that changes the name or it is too long, a hash of the original is
    /// appended, so <c>Org/App</c> and <c>org-app</c> never share a lock by accident.
    /// </summary>
    public static string For(string app)
    {
        var folded = new StringBuilder("hooksync-");
        foreach (var c in app.ToLowerInvariant())
        {
            folded.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        }
        var name = folded.ToString().Trim('-');
        if (name == "hooksync-" + app && name.Length <= MaxLength)
        {
            return name;
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(app)))[..8].ToLowerInvariant();
        var head = name.Length > MaxLength - 9 ? name[..(MaxLength - 9)] : name;
        return $"{head.TrimEnd('-')}-{hash}";
    }
}
