using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;
using HookSync.Kubernetes.Tests.Support;
using HookSync.Testing;

namespace HookSync.Kubernetes.Tests.Credentials;

public sealed class KubeconfigContextTests
{
    private static readonly (string, string, string)[] ThreeContexts =
    [
        ("staging", "https://staging.example.test", "staging-token-1234"),
        ("production", "https://production.example.test", "production-token-1234"),
        ("agent:group/project:prod-agent", "https://kas.example.test/k8s-proxy", "agent-token-1234"),
    ];

    [Fact]
    public void Resolve_ContextOption_SelectsThatContext()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", Kubeconfigs.WithTokenContexts(ThreeContexts));

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(Context: "production"), env, new SecretRedactor());

        Assert.Equal("https://production.example.test", connection.Server);
        Assert.Equal("production-ns", connection.Namespace);
    }

    [Fact]
    public void Resolve_GitLabAgentContextName_IsSelectable()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", Kubeconfigs.WithTokenContexts(ThreeContexts));

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(Context: "agent:group/project:prod-agent"), env, new SecretRedactor());

        Assert.Equal("https://kas.example.test/k8s-proxy", connection.Server);
    }

    [Fact]
    public void Resolve_UnknownContext_ListsTheAvailableContextsSorted()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", Kubeconfigs.WithTokenContexts(ThreeContexts));

        var error = Assert.Throws<ClusterConfigurationException>(
            () => ClusterConnectionFactory.Resolve(new CredentialOptions(Context: "qa"), env, new SecretRedactor()));

        Assert.Equal(
            "context \"qa\" not found in HOOKSYNC_KUBECONFIG; available contexts: agent:group/project:prod-agent, production, staging",
            error.Message);
    }

    [Fact]
    public void Resolve_NoCurrentContextAndSeveralContexts_AsksForContext()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", Kubeconfigs.WithTokenContexts(ThreeContexts, currentContext: null));

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor()));

        Assert.Contains("has no current-context; pass --context", error.Message);
        Assert.Contains("production, staging", error.Message);
    }

    [Fact]
    public void Resolve_NoCurrentContextAndOneContext_UsesIt()
    {
        var yaml = Kubeconfigs.WithTokenContexts([("only", "https://only.example.test", "only-token-1234")], currentContext: null);
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", yaml);

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor());

        Assert.Equal("https://only.example.test", connection.Server);
    }

    [Fact]
    public void Resolve_CurrentContextNotDefined_SaysSo()
    {
        var yaml = Kubeconfigs.WithTokenContexts([("only", "https://only.example.test", "only-token-1234")], currentContext: "gone");
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", yaml);

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor()));

        Assert.Contains("current-context \"gone\"", error.Message);
    }

    [Fact]
    public void Resolve_KubeconfigPathListWithoutTheContext_ListsContextsOfAllFiles()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("a.yaml", Kubeconfigs.SingleToken("https://a.example.test", "a-token-1234", context: "alpha"));
        var b = dir.Write("b.yaml", Kubeconfigs.SingleToken("https://b.example.test", "b-token-1234", context: "beta"));
        var env = new DictionaryEnvironment().With("KUBECONFIG", $"{a}:{b}");

        var error = Assert.Throws<ClusterConfigurationException>(
            () => ClusterConnectionFactory.Resolve(new CredentialOptions(Context: "gamma"), env, new SecretRedactor()));

        Assert.Contains("available contexts: alpha, beta", error.Message);
    }

    [Fact]
    public void Resolve_KubeconfigVariableHoldingYaml_SaysToUseHookSyncKubeconfig()
    {
        var yaml = Kubeconfigs.SingleToken("https://a.example.test", "yaml-in-path-token-1234");
        var env = new DictionaryEnvironment().With("KUBECONFIG", yaml);
        var redactor = new SecretRedactor();

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(new CredentialOptions(), env, redactor));

        Assert.Equal("KUBECONFIG holds kubeconfig content, not a path; put the content in HOOKSYNC_KUBECONFIG instead", error.Message);
        // The misplaced content is a secret all the same.
        Assert.Contains(yaml, redactor.Secrets);
    }

    [Fact]
    public void Resolve_InvalidYaml_IsAConfigurationErrorWithoutTheContent()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", "apiVersion: v1\nusers: [ secret-value-9876");

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor()));

        Assert.Contains("HOOKSYNC_KUBECONFIG is not a valid kubeconfig", error.Message);
        Assert.DoesNotContain("secret-value-9876", error.Message);
    }
}
