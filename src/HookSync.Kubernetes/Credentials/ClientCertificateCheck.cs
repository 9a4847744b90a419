using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using k8s;

namespace HookSync.Kubernetes.Credentials;

/// <summary>
/// Loads a kubeconfig user's client certificate and key once, up front, so broken key material is a configuration
/// error naming the field (exit 2) instead of a CryptographicException from deep inside the first request.
/// </summary>
internal static class ClientCertificateCheck
{
    public static void EnsureLoadable(KubernetesClientConfiguration configuration, string where)
    {
        var hasData = !string.IsNullOrEmpty(configuration.ClientCertificateData) || !string.IsNullOrEmpty(configuration.ClientCertificateKeyData);
        var hasFiles = !string.IsNullOrEmpty(configuration.ClientCertificateFilePath) || !string.IsNullOrEmpty(configuration.ClientKeyFilePath);
        if (!hasData && !hasFiles)
        {
            return;
        }
        if (hasData)
        {
            var certificatePem = Decode(configuration.ClientCertificateData, "client-certificate-data", where);
            var keyPem = Decode(configuration.ClientCertificateKeyData, "client-key-data", where);
            Load(certificatePem, keyPem, "client-certificate-data", "client-key-data", where);
            return;
        }
        var certificateText = ReadFile(configuration.ClientCertificateFilePath, "client-certificate", where);
        var keyText = ReadFile(configuration.ClientKeyFilePath, "client-key", where);
        Load(certificateText, keyText, "client-certificate", "client-key", where);
    }

    private static void Load(string certificatePem, string keyPem, string certificateField, string keyField, string where)
    {
        try
        {
            using var certificate = X509Certificate2.CreateFromPem(certificatePem);
        }
        catch (CryptographicException)
        {
            throw new ClusterConfigurationException($"{where}: {certificateField} holds no valid PEM certificate");
        }
        try
        {
            using var pair = X509Certificate2.CreateFromPem(certificatePem, keyPem);
        }
        catch (CryptographicException)
        {
            throw new ClusterConfigurationException(
                $"{where}: {keyField} holds no valid PEM private key for the certificate in {certificateField}");
        }
    }

    private static string Decode(string? base64, string field, string where)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            throw new ClusterConfigurationException($"{where}: {field} is empty");
        }
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64.Trim()));
        }
        catch (FormatException)
        {
            throw new ClusterConfigurationException($"{where}: {field} is not base64-encoded PEM");
        }
    }

    private static string ReadFile(string? path, string field, string where)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ClusterConfigurationException($"{where}: {field} is not set");
        }
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClusterConfigurationException($"{where}: {field} file {path} cannot be read ({e.GetType().Name})");
        }
    }
}
