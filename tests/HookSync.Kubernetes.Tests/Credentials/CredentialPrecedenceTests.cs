using System.Text;
using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;
using HookSync.Kubernetes.Tests.Support;
using HookSync.Testing;

namespace HookSync.Kubernetes.Tests.Credentials;

public sealed class CredentialPrecedenceTests
{
    private const string ContentServer = "https://content.example.test:6443";
    private const string FileServer = "https://file.example.test:6443";

    [Fact]
    public void Resolve_HookSyncKubeconfigRawYaml_UsesItsCurrentContext()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", Kubeconfigs.SingleToken(ContentServer, "content-token-1234"));

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor());

        Assert.Equal(ContentServer, connection.Server);
        Assert.Equal("ci-ns", connection.Namespace);
        Assert.Equal("HOOKSYNC_KUBECONFIG (context \"ci\")", connection.SourceDescription);
    }

    [Fact]
    public void Resolve_HookSyncKubeconfigBase64_IsDecoded()
    {
        var yaml = Kubeconfigs.SingleToken(ContentServer, "content-token-1234");
        // Wrapped like `base64` output, with line breaks every 76 characters.
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(yaml), Base64FormattingOptions.InsertLineBreaks);
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", encoded);

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor());

        Assert.Equal(ContentServer, connection.Server);
    }

    [Fact]
    public void Resolve_HookSyncKubeconfigNeitherYamlNorBase64_ExplainsTheExpectedForms()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", "not a kubeconfig!");

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor()));

        Assert.Contains("neither kubeconfig YAML nor base64", error.Message);
    }

    [Fact]
    public void Resolve_HookSyncKubeconfigAndServerAndPath_ContentWins()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("config", Kubeconfigs.SingleToken(FileServer, "file-token-1234"));
        var env = new DictionaryEnvironment()
            .With("HOOKSYNC_KUBECONFIG", Kubeconfigs.SingleToken(ContentServer, "content-token-1234"))
            .With("HOOKSYNC_TOKEN", "server-token-1234");
        var options = new CredentialOptions(KubeconfigPath: file, Server: "https://server.example.test");

        var connection = ClusterConnectionFactory.Resolve(options, env, new SecretRedactor());

        Assert.Equal(ContentServer, connection.Server);
    }

    [Fact]
    public void Resolve_ServerWithTokenAndKubeconfigPath_ServerWins()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("config", Kubeconfigs.SingleToken(FileServer, "file-token-1234"));
        var env = new DictionaryEnvironment().With("HOOKSYNC_TOKEN", "server-token-1234");
        var options = new CredentialOptions(KubeconfigPath: file, Server: "https://server.example.test", InsecureSkipTlsVerify: true);

        var connection = ClusterConnectionFactory.Resolve(options, env, new SecretRedactor());

        Assert.Equal("https://server.example.test", connection.Server);
        Assert.Contains("HOOKSYNC_TOKEN", connection.SourceDescription);
        Assert.Contains("TLS verification off", connection.SourceDescription);
    }

    [Fact]
    public void Resolve_ServerWithoutToken_NamesTheMissingVariable()
    {
        var options = new CredentialOptions(Server: "https://server.example.test");

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(options, new DictionaryEnvironment(), new SecretRedactor()));

        Assert.Contains("HOOKSYNC_TOKEN", error.Message);
    }

    [Fact]
    public void Resolve_ServerThatIsNotAUrl_IsAConfigurationError()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_TOKEN", "server-token-1234");

        var error = Assert.Throws<ClusterConfigurationException>(
            () => ClusterConnectionFactory.Resolve(new CredentialOptions(Server: "cluster.local"), env, new SecretRedactor()));

        Assert.Contains("not an http(s) URL", error.Message);
    }

    [Fact]
    public void Resolve_KubeconfigOptionAndKubeconfigVariable_OptionWins()
    {
        using var dir = new TempDirectory();
        var fromOption = dir.Write("option.yaml", Kubeconfigs.SingleToken(FileServer, "file-token-1234"));
        var fromVariable = dir.Write("variable.yaml", Kubeconfigs.SingleToken(ContentServer, "other-token-1234"));
        var env = new DictionaryEnvironment().With("KUBECONFIG", fromVariable);

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(KubeconfigPath: fromOption), env, new SecretRedactor());

        Assert.Equal(FileServer, connection.Server);
        Assert.Equal($"--kubeconfig {fromOption} (context \"ci\")", connection.SourceDescription);
    }

    [Fact]
    public void Resolve_KubeconfigOptionMissingFile_IsAConfigurationError()
    {
        var error = Assert.Throws<ClusterConfigurationException>(
            () => ClusterConnectionFactory.Resolve(new CredentialOptions(KubeconfigPath: "/nonexistent/kubeconfig"), new DictionaryEnvironment(), new SecretRedactor()));

        Assert.Contains("/nonexistent/kubeconfig", error.Message);
    }

    [Fact]
    public void Resolve_KubeconfigVariablePathList_UsesFirstFileDefiningTheContext()
    {
        using var dir = new TempDirectory();
        var first = dir.Write("a.yaml", Kubeconfigs.SingleToken(FileServer, "file-token-1234", context: "staging"));
        var second = dir.Write("b.yaml", Kubeconfigs.SingleToken(ContentServer, "other-token-1234", context: "production"));
        var env = new DictionaryEnvironment().With("KUBECONFIG", $"{dir.Path}/missing.yaml:{first}:{second}");

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(Context: "production"), env, new SecretRedactor());

        Assert.Equal(ContentServer, connection.Server);
        Assert.Equal("production-ns", connection.Namespace);
    }

    [Fact]
    public void Resolve_KubeconfigVariableWithoutAnyExistingFile_NamesThePaths()
    {
        var env = new DictionaryEnvironment().With("KUBECONFIG", "/nonexistent/a:/nonexistent/b");

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor()));

        Assert.Contains("/nonexistent/a, /nonexistent/b", error.Message);
    }

    [Fact]
    public void Resolve_HomeKubeConfig_IsTheLastFileSource()
    {
        using var dir = new TempDirectory();
        dir.Write(".kube/config", Kubeconfigs.SingleToken(FileServer, "file-token-1234"));
        var env = new DictionaryEnvironment().With("HOME", dir.Path);

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor());

        Assert.Equal(FileServer, connection.Server);
        Assert.StartsWith("~/.kube/config", connection.SourceDescription);
    }

    [Fact]
    public void Resolve_NothingConfigured_NamesEveryOptionAndRefusesLocalhost()
    {
        using var home = new TempDirectory();
        var env = new DictionaryEnvironment().With("HOME", home.Path);
        var options = new CredentialOptions { ServiceAccountDirectory = Path.Combine(home.Path, "no-service-account") };

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(options, env, new SecretRedactor()));

        Assert.Equal(ClusterConnectionFactory.NoCredentialsMessage, error.Message);
        Assert.Contains("HOOKSYNC_KUBECONFIG", error.Message);
        Assert.Contains("--server with HOOKSYNC_TOKEN", error.Message);
        Assert.Contains("KUBECONFIG", error.Message);
        Assert.Contains("never falls back to localhost", error.Message);
    }
}
