using System.Security.Cryptography;
using System.Text;
using HookSync.Core.Ports;
using k8s;
using k8s.Exceptions;
using k8s.KubeConfigModels;
using YamlDotNet.Core;

namespace HookSync.Kubernetes.Credentials;

/// <summary>Loads kubeconfig documents, selects a context and turns it into a client configuration.</summary>
internal static class KubeconfigReader
{
    /// <summary>Parses kubeconfig text; <paramref name="source"/> names where it came from, for messages.</summary>
    public static K8SConfiguration Parse(string content, string source)
    {
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
            return KubernetesClientConfiguration.LoadKubeConfig(stream);
        }
        catch (Exception e) when (e is YamlException or InvalidCastException or KubeConfigException)
        {
            // The parser's message can quote the document; only its type and position are safe to show.
            throw new ClusterConfigurationException($"{source} is not a valid kubeconfig ({e.GetType().Name})");
        }
    }

    /// <summary>Loads a kubeconfig file; relative certificate paths resolve against its directory.</summary>
    public static K8SConfiguration Load(string path, string source)
    {
        try
        {
            return KubernetesClientConfiguration.LoadKubeConfig(new FileInfo(path), useRelativePaths: true);
        }
        catch (Exception e) when (e is YamlException or InvalidCastException or KubeConfigException or IOException or UnauthorizedAccessException)
        {
            throw new ClusterConfigurationException($"{source} ({path}) is not a readable kubeconfig ({e.GetType().Name})");
        }
    }

    /// <summary>Names of the contexts a kubeconfig defines, sorted.</summary>
    public static IReadOnlyList<string> ContextNames(K8SConfiguration config) =>
        [.. (config.Contexts ?? []).Select(c => c.Name).Where(n => !string.IsNullOrEmpty(n)).Order(StringComparer.Ordinal)];

    /// <summary>True when the kubeconfig defines the named context.</summary>
    public static bool HasContext(K8SConfiguration config, string name) =>
        (config.Contexts ?? []).Any(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>Builds the client configuration for <paramref name="requestedContext"/>, or the current context.</summary>
    public static ClusterConnection Connect(
        K8SConfiguration config, string? requestedContext, string source, IEnvironment env, ISecretRedactor redactor)
    {
        KubeconfigSecrets.Register(config, redactor);
        var contextName = SelectContext(config, requestedContext, source);
        var context = config.Contexts!.First(c => string.Equals(c.Name, contextName, StringComparison.Ordinal));
        var user = (config.Users ?? []).FirstOrDefault(u => string.Equals(u.Name, context.ContextDetails?.User, StringComparison.Ordinal));
        ExecPluginCheck.EnsureAvailable(user, env);
        if (user is not null && HasNoCredentials(user))
        {
            // kubectl accepts a user with no credentials (kubectl proxy, plain-http test clusters) and sends no
            // Authorization header; the client library refuses it, so the context is built without a user instead.
            context.ContextDetails.User = null;
        }
        var where = $"{source}, context \"{contextName}\"";
        KubernetesClientConfiguration configuration;
        try
        {
            // Building runs an exec plugin, if any, and stores the token it minted: that token is a secret too.
            configuration = KubernetesClientConfiguration.BuildConfigFromConfigObject(config, contextName, masterUrl: null);
            redactor.Register(configuration.AccessToken);
        }
        catch (KubeConfigException e)
        {
            throw new ClusterConfigurationException(redactor.Redact($"{where}: {e.Message}"));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            // The only key material read while building is the cluster's CA; the exception text may quote it.
            throw new ClusterConfigurationException(
                $"{where}: certificate-authority-data of cluster \"{context.ContextDetails.Cluster}\" is not base64-encoded PEM ({e.GetType().Name})");
        }
        ClientCertificateCheck.EnsureLoadable(configuration, $"{where}, user \"{user?.Name}\"");
        return new ClusterConnection(configuration, $"{source} (context \"{contextName}\")", redactor);
    }

    private static bool HasNoCredentials(User user)
    {
        var c = user.UserCredentials;
        return c is null
            || (string.IsNullOrEmpty(c.Token) && string.IsNullOrEmpty(c.UserName) && string.IsNullOrEmpty(c.Password)
                && string.IsNullOrEmpty(c.ClientCertificateData) && string.IsNullOrEmpty(c.ClientKeyData)
                && string.IsNullOrEmpty(c.ClientCertificate) && string.IsNullOrEmpty(c.ClientKey)
                && c.AuthProvider is null && c.ExternalExecution is null);
    }

    private static string SelectContext(K8SConfiguration config, string? requested, string source)
    {
        var names = ContextNames(config);
        var available = names.Count == 0 ? "none" : string.Join(", ", names);
        if (!string.IsNullOrEmpty(requested))
        {
            return HasContext(config, requested)
                ? requested
                : throw new ClusterConfigurationException($"context \"{requested}\" not found in {source}; available contexts: {available}");
        }
        if (!string.IsNullOrEmpty(config.CurrentContext))
        {
            return HasContext(config, config.CurrentContext)
                ? config.CurrentContext
                : throw new ClusterConfigurationException(
                    $"current-context \"{config.CurrentContext}\" of {source} is not defined; pass --context (available contexts: {available})");
        }
        // A kubeconfig with one context and no current-context (common in generated CI secrets) is unambiguous.
        return names.Count == 1
            ? names[0]
            : throw new ClusterConfigurationException($"{source} has no current-context; pass --context (available contexts: {available})");
    }
}
