using System.Text.RegularExpressions;

namespace HookSync.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs after every run of the published binary in this suite: no secret the run was given (ambient canary tokens that
/// every run gets, the test's own credential variables, keys and passwords inside a kubeconfig, a password in a
/// <c>--server</c> URL) may appear in stdout, stderr or any file the run wrote for the CI platform.
/// </summary>
public static partial class LeakSweep
{
    /// <summary>Given to every run that does not set its own, so every run is a leak test.</summary>
    public static readonly IReadOnlyDictionary<string, string> AmbientSecrets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HOOKSYNC_TOKEN"] = "ambient-canary-api-token-6d21f0",
        ["HOOKSYNC_GIT_TOKEN"] = "ambient-canary-git-token-c4e8a7",
    };

    private static readonly string[] SecretVariables = ["HOOKSYNC_TOKEN", "HOOKSYNC_GIT_TOKEN", "HOOKSYNC_CA_DATA"];

    /// <summary>Every secret the run was handed, from its environment and arguments.</summary>
    public static IReadOnlyList<string> SecretsOf(IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> arguments)
    {
        var secrets = new List<string>();
        foreach (var name in SecretVariables)
        {
            if (environment.TryGetValue(name, out var value) && value.Length >= 8)
            {
                secrets.Add(value);
            }
        }
        if (environment.TryGetValue("HOOKSYNC_KUBECONFIG", out var kubeconfig))
        {
            secrets.AddRange(KubeconfigSecret().Matches(kubeconfig).Select(m => m.Groups["value"].Value.Trim('"', '\'')).Where(v => v.Length >= 8));
        }
        foreach (var argument in arguments)
        {
            var password = UrlPassword().Match(argument);
            if (password.Success && password.Groups["password"].Value.Length >= 6)
            {
                secrets.Add(password.Groups["password"].Value);
            }
        }
        return secrets;
    }

    /// <summary>The channels holding a secret, as "channel: secret" lines; empty when the run leaked nothing.</summary>
    public static IReadOnlyList<string> Leaks(BinaryRun run, IReadOnlyList<string> secrets, IEnumerable<string> files)
    {
        var channels = new List<(string Name, string Text)>
        {
            // A mask line is the one place a secret may appear: the runner swallows it.
            ("stdout", string.Join("\n", run.OutputLines.Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)))),
            ("stderr", run.StandardError),
        };
        channels.AddRange(files.Where(File.Exists).Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
        return [.. from channel in channels from secret in secrets where channel.Text.Contains(secret, StringComparison.Ordinal) select $"{channel.Name}: {secret}"];
    }

    [GeneratedRegex(@"(?m)^\s*(token|client-key-data|password|client-certificate-data)\s*:\s*(?<value>\S+)\s*$")]
    private static partial Regex KubeconfigSecret();

    [GeneratedRegex(@"^(--server=)?https?://[^:/@\s]+:(?<password>[^@/\s]+)@")]
    private static partial Regex UrlPassword();
}
