namespace HookSync.Git;

/// <summary>Removes known secrets (the git token, in plain and URL-escaped form) from libgit2's messages.</summary>
internal sealed class SecretScrubber
{
    private const string Mask = "***";
    private readonly string[] _secrets;

    public SecretScrubber(params string?[] secrets) =>
        _secrets = secrets
            .Where(s => !string.IsNullOrEmpty(s))
            .SelectMany(s => new[] { s!, Uri.EscapeDataString(s!) })
            .Distinct(StringComparer.Ordinal)
            // Longest first, so a secret that contains another is masked whole.
            .OrderByDescending(s => s.Length)
            .ToArray();

    public string Scrub(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }
        return text;
    }
}
