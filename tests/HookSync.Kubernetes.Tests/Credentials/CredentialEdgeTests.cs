using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;
using HookSync.Testing;

namespace HookSync.Kubernetes.Tests.Credentials;

/// <summary>Credentials that are unusual but legitimate, or broken in a way that must be a named configuration error.</summary>
public sealed class CredentialEdgeTests
{
    private const string Password = "pa55-in-the-url";

    [Fact]
    public void Resolve_ServerFlagWithUserInfo_PasswordRegisteredAndStrippedFromTheTarget()
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_TOKEN", "server-token-1234");
        var redactor = new SecretRedactor();
        var options = new CredentialOptions(Server: $"http://admin:{Password}@api.example.test:6443");

        CredentialSecrets.Register(options, env, redactor);
        var connection = ClusterConnectionFactory.Resolve(options, env, redactor);

        Assert.Equal("http://api.example.test:6443", connection.Server);
        Assert.DoesNotContain(Password, connection.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("admin", connection.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Password, redactor.Redact($"GET http://admin:{Password}@api.example.test:6443/api"), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_KubeconfigServerWithEscapedUserInfo_BothFormsMaskedAndUsedAsBasicAuth()
    {
        var kubeconfig = Config("server: http://admin:p%40ss-word-99@127.0.0.1:8001", "user: {}");
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", kubeconfig);
        var redactor = new SecretRedactor();

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, redactor);

        Assert.Equal("http://127.0.0.1:8001", connection.Server);
        Assert.DoesNotContain("p@ss-word-99", redactor.Redact("p@ss-word-99"), StringComparison.Ordinal);
        Assert.DoesNotContain("p%40ss-word-99", redactor.Redact("p%40ss-word-99"), StringComparison.Ordinal);
        // Go's HTTP client sends URL user-info as basic auth when nothing else authenticates; so does HookSync.
        Assert.Equal("admin", connection.Configuration.Username);
        Assert.Equal("p@ss-word-99", connection.Configuration.Password);
    }

    [Theory]
    [InlineData("user: {}")]
    [InlineData("user:\n    as: nobody-else")]
    public void Resolve_UserWithoutCredentials_AcceptedAsKubectlDoes(string user)
    {
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", Config("server: http://127.0.0.1:8001", user));

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor());

        Assert.Equal("http://127.0.0.1:8001", connection.Server);
        Assert.Null(connection.Configuration.AccessToken);
        Assert.Null(connection.Configuration.Username);
    }

    [Fact]
    public void Resolve_ClientKeyDataNotAKey_NamesTheFieldAndTheUserNotTheData()
    {
        var (certificate, _) = SelfSigned();
        var badKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("-----BEGIN PRIVATE KEY-----\nnot-a-key-at-all\n-----END PRIVATE KEY-----\n"));
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG",
            Config("server: https://127.0.0.1:6443\n    insecure-skip-tls-verify: true", $"user:\n    client-certificate-data: {certificate}\n    client-key-data: {badKey}"));

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor()));

        Assert.Contains("client-key-data", error.Message, StringComparison.Ordinal);
        Assert.Contains("user \"u\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(badKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ClientKeyDataNotBase64_NamesTheField()
    {
        var (certificate, _) = SelfSigned();
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG",
            Config("server: https://127.0.0.1:6443", $"user:\n    client-certificate-data: {certificate}\n    client-key-data: '%%%not-base64%%%'"));

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor()));

        Assert.Contains("client-key-data is not base64-encoded PEM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ValidClientCertificate_Connects()
    {
        var (certificate, key) = SelfSigned();
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG",
            Config("server: https://127.0.0.1:6443", $"user:\n    client-certificate-data: {certificate}\n    client-key-data: {key}"));

        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor());

        Assert.Equal("https://127.0.0.1:6443", connection.Server);
    }

    [Fact]
    public void Resolve_CertificateAuthorityDataBroken_NamesTheFieldAndTheCluster()
    {
        var badCa = Convert.ToBase64String(Encoding.UTF8.GetBytes("-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n"));
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG",
            Config($"server: https://127.0.0.1:6443\n    certificate-authority-data: {badCa}", "user:\n    token: some-token-1234"));

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor()));

        Assert.Contains("certificate-authority-data", error.Message, StringComparison.Ordinal);
        Assert.Contains("cluster \"c\"", error.Message, StringComparison.Ordinal);
    }

    private static string Config(string clusterFields, string userBlock) =>
        "apiVersion: v1\nkind: Config\ncurrent-context: ctx\n"
        + $"clusters:\n- name: c\n  cluster:\n    {clusterFields}\n"
        + $"users:\n- name: u\n  {userBlock}\n"
        + "contexts:\n- name: ctx\n  context:\n    cluster: c\n    user: u\n";

    private static (string Certificate, string Key) SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=hooksync-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
        return (Base64(certificate.ExportCertificatePem()), Base64(rsa.ExportPkcs8PrivateKeyPem()));
    }

    private static string Base64(string pem) => Convert.ToBase64String(Encoding.UTF8.GetBytes(pem));
}
