using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;
using HookSync.Kubernetes.Tests.Support;
using HookSync.Testing;

namespace HookSync.Kubernetes.Tests.Credentials;

public sealed class KubeconfigTextTests
{
    [Theory]
    [InlineData("apiVersion: v1\nkind: Config\n", true)]
    [InlineData("  kind: Config\napiVersion: v1\n", true)]
    [InlineData("{\"apiVersion\":\"v1\",\"kind\":\"Config\"}", true)]
    [InlineData("---\napiVersion: v1\n", true)]
    [InlineData("kind-config.yaml", false)]
    [InlineData("/home/runner/.kube/kind", false)]
    [InlineData("YXBpVmVyc2lvbjogdjEK", false)]
    public void LooksLikeContent_Value_TellsContentFromPathsAndBase64(string value, bool expected)
    {
        Assert.Equal(expected, KubeconfigText.LooksLikeContent(value));
    }

    [Fact]
    public void Resolve_KubeconfigVariableNamingAKindFile_IsReadAsAPath()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("kind-config", Kubeconfigs.SingleToken("https://kind.example.test", "kind-token-1234"));
        var env = new DictionaryEnvironment().With("KUBECONFIG", file);

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor());

        Assert.Equal("https://kind.example.test", connection.Server);
    }

    [Fact]
    public void Resolve_HookSyncKubeconfigHoldingAPath_ReadsTheFileLikeAGitLabFileVariable()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("config", Kubeconfigs.SingleToken("https://a.example.test", "path-token-1234"));
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", file);
        var redactor = new SecretRedactor();

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, redactor);

        Assert.Equal("https://a.example.test/", new Uri(connection.Server).ToString());
        Assert.Equal("token ***", redactor.Redact("token path-token-1234"));
    }
}
