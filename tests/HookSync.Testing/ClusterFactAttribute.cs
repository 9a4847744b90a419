using Xunit;

namespace HookSync.Testing;

/// <summary>A fact that runs only when <c>HOOKSYNC_E2E_KUBECONFIG</c> names a kubeconfig file, and is skipped with that reason elsewhere.</summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public const string Variable = "HOOKSYNC_E2E_KUBECONFIG";

    public ClusterFactAttribute()
    {
        if (KubeconfigPath is null)
        {
            Skip = Variable + " is not set";
        }
    }

    /// <summary>The kubeconfig file of the test cluster, or null when the variable is unset or names no file.</summary>
    public static string? KubeconfigPath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path && File.Exists(path) ? Path.GetFullPath(path) : null;
}
