using System.Text;

namespace HookSync.Kubernetes.Credentials;

/// <summary>Recognises kubeconfig content given as raw YAML/JSON or as base64 (contract §4, source 2).</summary>
internal static class KubeconfigText
{
    private static readonly string[] ContentStarts = ["apiVersion", "kind", "clusters", "contexts", "users", "current-context", "preferences", "{", "---", "#"];

    /// <summary>True when <paramref name="value"/> looks like kubeconfig YAML or JSON rather than base64 or a path.</summary>
    public static bool LooksLikeContent(string value)
    {
        var trimmed = value.TrimStart();
        return ContentStarts.Any(start => trimmed.StartsWith(start, StringComparison.Ordinal));
    }

    /// <summary>Returns the YAML text, decoding base64 when the value is not already YAML or JSON.</summary>
    public static string Decode(string value, string variable)
    {
        if (LooksLikeContent(value))
        {
            return value;
        }
        byte[] bytes;
        try
        {
            // FromBase64String skips whitespace, so wrapped `base64` output (76-column lines) decodes too.
            bytes = Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            throw new ClusterConfigurationException(
                $"{variable} is neither kubeconfig YAML nor base64-encoded kubeconfig; put the kubeconfig file's content (or `base64 -w0` of it) in the secret");
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (!LooksLikeContent(text))
        {
            throw new ClusterConfigurationException(
                $"{variable} is base64 but does not decode to kubeconfig YAML (it should start with apiVersion: v1 and kind: Config)");
        }
        return text;
    }
}
