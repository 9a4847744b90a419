using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;
using HookSync.Kubernetes.Tests.Support;
using HookSync.Testing;

namespace HookSync.Kubernetes.Tests.Credentials;

public sealed class InClusterCredentialTests
{
    [Fact]
    public void Resolve_ServiceAccountMounted_ConnectsToTheServiceHostWithItsNamespace()
    {
        using var dir = new TempDirectory();
        dir.Write("sa/token", "in-cluster-token-1234\n");
        dir.Write("sa/namespace", "runners\n");
        dir.Write("sa/ca.crt", SelfSignedPem());
        var env = new DictionaryEnvironment().With("KUBERNETES_SERVICE_HOST", "10.96.0.1").With("KUBERNETES_SERVICE_PORT", "6443");
        var redactor = new SecretRedactor();

        var connection = ClusterConnectionFactory.Resolve(
            new CredentialOptions { ServiceAccountDirectory = Path.Combine(dir.Path, "sa") }, env, redactor);

        Assert.Equal("https://10.96.0.1:6443", connection.Server);
        Assert.Equal("runners", connection.Namespace);
        Assert.Equal("in-cluster service account", connection.SourceDescription);
        Assert.Contains("in-cluster-token-1234", redactor.Secrets);
    }

    [Fact]
    public void Resolve_ServiceHostWithoutTokenFile_IsNotInCluster()
    {
        using var dir = new TempDirectory();
        var env = new DictionaryEnvironment().With("KUBERNETES_SERVICE_HOST", "10.96.0.1");

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(
            new CredentialOptions { ServiceAccountDirectory = Path.Combine(dir.Path, "sa") }, env, new SecretRedactor()));

        Assert.Equal(ClusterConnectionFactory.NoCredentialsMessage, error.Message);
    }

    [Fact]
    public void Resolve_HomeKubeconfigPresent_WinsOverInCluster()
    {
        using var dir = new TempDirectory();
        dir.Write("sa/token", "in-cluster-token-1234");
        dir.Write("home/.kube/config", Kubeconfigs.SingleToken("https://home.example.test", "home-token-1234"));
        var env = new DictionaryEnvironment().With("KUBERNETES_SERVICE_HOST", "10.96.0.1").With("HOME", Path.Combine(dir.Path, "home"));

        var connection = ClusterConnectionFactory.Resolve(
            new CredentialOptions { ServiceAccountDirectory = Path.Combine(dir.Path, "sa") }, env, new SecretRedactor());

        Assert.Equal("https://home.example.test", connection.Server);
    }

    [Fact]
    public void Resolve_ServerWithBase64CaData_UsesIt()
    {
        var caData = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(SelfSignedPem()));
        var env = new DictionaryEnvironment().With("HOOKSYNC_TOKEN", "server-token-1234").With("HOOKSYNC_CA_DATA", caData);

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(Server: "https://server.example.test"), env, new SecretRedactor());

        Assert.Equal("--server with HOOKSYNC_TOKEN and HOOKSYNC_CA_DATA", connection.SourceDescription);
    }

    [Fact]
    public void Resolve_ServerWithGarbageCaData_IsAConfigurationError()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_TOKEN", "server-token-1234").With("HOOKSYNC_CA_DATA", "%%%");

        var error = Assert.Throws<ClusterConfigurationException>(
            () => ClusterConnectionFactory.Resolve(new CredentialOptions(Server: "https://server.example.test"), env, new SecretRedactor()));

        Assert.Contains("HOOKSYNC_CA_DATA", error.Message);
    }

    private static string SelfSignedPem()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=test-ca", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
        return certificate.ExportCertificatePem();
    }
}
