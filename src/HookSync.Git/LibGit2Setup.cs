using LibGit2Sharp;

namespace HookSync.Git;

/// <summary>Process-wide libgit2 settings, applied once before the first repository is opened.</summary>
internal static class LibGit2Setup
{
    private static readonly Lazy<bool> Applied = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureApplied() => _ = Applied.Value;

    private static bool Apply()
    {
        // In CI the workspace is bind-mounted into the container and owned by another uid (the
        // runner user), while HookSync runs as root. libgit2's owner check (the CVE-2022-24765 "safe.directory"
        // guard) would refuse to open it. The workspace is the job's own checkout, not a directory planted by
        // another user, so the check protects nothing here; GitVersion's image does the git-CLI equivalent
        // (safe.directory '*').
        GlobalSettings.SetOwnerValidation(false);
        return true;
    }
}
