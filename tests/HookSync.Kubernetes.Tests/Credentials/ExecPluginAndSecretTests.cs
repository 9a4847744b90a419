using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;
using HookSync.Kubernetes.Tests.Support;
using HookSync.Testing;

namespace HookSync.Kubernetes.Tests.Credentials;

public sealed class ExecPluginAndSecretTests
{
    [Fact]
    public void Resolve_ExecPluginNotOnPath_NamesTheCommandAndTheCloudPlugins()
    {
        using var dir = new TempDirectory();
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", Kubeconfigs.WithExecPlugin("aws")).With("PATH", dir.Path);

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor()));

        Assert.Contains("exec plugin \"aws\", which is not on PATH", error.Message);
        Assert.Contains("gke-gcloud-auth-plugin", error.Message);
        Assert.Contains("kubelogin", error.Message);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Resolve_ExecPluginPresent_RunsItAndRegistersTheMintedToken()
    {
        using var dir = new TempDirectory();
        var plugin = dir.Write("bin/fake-auth-plugin", """
            #!/bin/sh
            echo '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"minted-exec-token-1234"}}'
            """);
        File.SetUnixFileMode(plugin, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", Kubeconfigs.WithExecPlugin(plugin));
        var redactor = new SecretRedactor();

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, redactor);

        Assert.Equal("https://eks.example.test", connection.Server);
        Assert.Contains("minted-exec-token-1234", redactor.Secrets);
    }

    [Fact]
    public void EnsureAvailable_CommandInAPathDirectory_DoesNotThrow()
    {
        using var dir = new TempDirectory();
        dir.Write("bin/kubelogin", "#!/bin/sh\n");
        var env = new DictionaryEnvironment().With("PATH", "/nonexistent:" + Path.Combine(dir.Path, "bin"));
        var user = new k8s.KubeConfigModels.User
        {
            Name = "aks",
            UserCredentials = new k8s.KubeConfigModels.UserCredentials
            {
                ExternalExecution = new k8s.KubeConfigModels.ExternalExecution { Command = "kubelogin" },
            },
        };

        var error = Record.Exception(() => ExecPluginCheck.EnsureAvailable(user, env));

        Assert.Null(error);
    }

    [Fact]
    public void Resolve_ExecPluginAbsolutePathMissing_IsAConfigurationError()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", Kubeconfigs.WithExecPlugin("/opt/missing/kubelogin"));

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor()));

        Assert.Contains("\"/opt/missing/kubelogin\"", error.Message);
    }

    [Fact]
    public void Resolve_TokenKubeconfig_RegistersTokenAndWholeContent()
    {
        var yaml = Kubeconfigs.SingleToken("https://a.example.test", "token-abcdef-123456");
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", yaml);
        var redactor = new SecretRedactor();

        ClusterConnectionFactory.Resolve(new CredentialOptions(), env, redactor);

        Assert.Contains("token-abcdef-123456", redactor.Secrets);
        Assert.Contains(yaml, redactor.Secrets);
        Assert.DoesNotContain("token-abcdef-123456", redactor.Redact("Authorization: Bearer token-abcdef-123456"));
    }

    [Fact]
    public void Resolve_Base64Kubeconfig_RegistersEncodedAndDecodedForms()
    {
        var yaml = Kubeconfigs.SingleToken("https://a.example.test", "token-abcdef-123456");
        var encoded = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(yaml));
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", encoded);
        var redactor = new SecretRedactor();

        ClusterConnectionFactory.Resolve(new CredentialOptions(), env, redactor);

        Assert.Contains(encoded, redactor.Secrets);
        Assert.Contains(yaml, redactor.Secrets);
        Assert.Contains("token-abcdef-123456", redactor.Secrets);
    }

    [Fact]
    public void Resolve_PasswordAndClientKeyUsers_RegistersEachSecret()
    {
        var yaml = Kubeconfigs.WithPasswordAndClientKey("hunter2-password", "Y2xpZW50LWtleS1kYXRh", "Y2xpZW50LWNlcnQtZGF0YQ==");
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", yaml);
        var redactor = new SecretRedactor();

        ClusterConnectionFactory.Resolve(new CredentialOptions(), env, redactor);

        Assert.Contains("hunter2-password", redactor.Secrets);
        Assert.Contains("Y2xpZW50LWtleS1kYXRh", redactor.Secrets);
        Assert.Contains("Y2xpZW50LWNlcnQtZGF0YQ==", redactor.Secrets);
    }

    [Fact]
    public void Resolve_ServerToken_RegistersTheToken()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_TOKEN", "server-token-abcdef");
        var redactor = new SecretRedactor();

        ClusterConnectionFactory.Resolve(new CredentialOptions(Server: "http://127.0.0.1:6443"), env, redactor);

        Assert.Contains("server-token-abcdef", redactor.Secrets);
    }
}
