using HookSync.Core.Ports;

namespace HookSync.Core.Security;

/// <summary>Registers secret values and removes them from any text (README Cluster credentials: secrets never reach a log, summary, report or exception).</summary>
public sealed class SecretRedactor : ISecretRedactor
{
    private const string Mask = "***";
    private readonly Lock _gate = new();
    private readonly List<string> _secrets = [];

    public IReadOnlyList<string> Secrets
    {
        get
        {
            lock (_gate)
            {
                return [.. _secrets];
            }
        }
    }

    public void Register(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Trim().Length < 4)
        {
            return;
        }
        lock (_gate)
        {
            // Multi-line secrets (a kubeconfig, a PEM key) are also masked line by line: logs and
            // summaries often show one line of them, and GitHub masks each registered value separately.
            foreach (var candidate in Expand(secret))
            {
                if (!_secrets.Contains(candidate, StringComparer.Ordinal))
                {
                    _secrets.Add(candidate);
                }
            }
            // Longest first, so a secret containing another is replaced whole.
            _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        lock (_gate)
        {
            foreach (var secret in _secrets)
            {
                if (text.Contains(secret, StringComparison.Ordinal))
                {
                    text = text.Replace(secret, Mask, StringComparison.Ordinal);
                }
            }
        }
        return text;
    }

    private static IEnumerable<string> Expand(string secret)
    {
        yield return secret;
        if (!secret.Contains('\n', StringComparison.Ordinal))
        {
            yield break;
        }
        foreach (var line in SecretLines.Opaque(secret))
        {
            yield return line;
        }
    }
}
