using System.Text;
using System.Text.RegularExpressions;

namespace HookSync.Kubernetes.Credentials;

/// <summary>Recognises kubeconfig content given as raw YAML/JSON or as base64 (README Cluster credentials, source 2).</summary>
internal static partial class KubeconfigText
{
    /// <summary>True when <paramref name="value"/> looks like kubeconfig YAML or JSON rather than base64 or a path.</summary>
    /// <remarks>A top-level key must be followed by a colon: a path such as <c>kind-config.yaml</c> is not content.</remarks>
    public static bool LooksLikeContent(string value) => ContentStart().IsMatch(value);

    [GeneratedRegex(@"^\s*(\{|---|#|(apiVersion|kind|clusters|contexts|users|current-context|preferences)\s*:)", RegexOptions.CultureInvariant)]
    private static partial Regex ContentStart();

    /// <summary>Returns the YAML text, decoding base64 when the value is not already YAML or JSON.</summary>
    public static string Decode(string value, string variable)
    {
        if (LooksLikeContent(value))
        {
            return value;
        }
        if (!value.Contains('\n', StringComparison.Ordinal) && File.Exists(value.Trim()))
        {
            // GitLab "File" CI/CD variables put the path of a file holding the value into the variable
            // (GitLab's file-type variables), so a one-line value naming an existing file is read as that file's content.
            var fileContent = File.ReadAllText(value.Trim());
            return LooksLikeContent(fileContent) ? fileContent : DecodeBase64(fileContent, variable);
        }
        return DecodeBase64(value, variable);
    }

    private static string DecodeBase64(string value, string variable)
    {
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
