namespace HookSync.Core.Security;

/// <summary>
/// Which lines of a multi-line secret (a kubeconfig, a PEM key) are secrets on their own. A log often shows one line of
/// such a value, so its opaque lines (base64 chunks of a key, a token) are masked alone; its structure
/// (<c>namespace: default</c>, <c>server: https://…</c>, <c>users:</c>) is not secret, and masking it would wreck the log.
/// The secret values inside a kubeconfig are registered one by one anyway.
/// </summary>
public static class SecretLines
{
    /// <summary>Shorter lines are too likely to occur in ordinary text to be masked.</summary>
    public const int MinimumLength = 16;

    /// <summary>The lines of <paramref name="secret"/> worth masking on their own: long, with no white space and no colon.</summary>
    public static IEnumerable<string> Opaque(string secret) =>
        secret.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length >= MinimumLength && !line.Any(c => char.IsWhiteSpace(c) || c == ':'));
}
