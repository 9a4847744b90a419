namespace HookSync.Core.Ports;

/// <summary>Knows every secret value read this run and removes them from text before it is written anywhere.</summary>
public interface ISecretRedactor
{
    /// <summary>Registers a secret (a token, key, password or whole kubeconfig); values shorter than 4 characters are ignored.</summary>
    void Register(string? secret);

    /// <summary>The registered secrets, for platforms that mask them themselves (GitHub <c>::add-mask::</c>).</summary>
    IReadOnlyList<string> Secrets { get; }

    /// <summary>Replaces every registered secret in <paramref name="text"/> with <c>***</c>.</summary>
    string Redact(string text);
}
