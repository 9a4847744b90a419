using System.Text;

namespace HookSync.Kubernetes.Tests.Support;

/// <summary>Builds kubeconfig YAML documents for credential tests.</summary>
internal static class Kubeconfigs
{
    /// <summary>One cluster/user/context per entry; the first is the current context unless <paramref name="currentContext"/> says otherwise.</summary>
    public static string WithTokenContexts(IReadOnlyList<(string Context, string Server, string Token)> entries, string? currentContext = "")
    {
        var text = new StringBuilder("apiVersion: v1\nkind: Config\n");
        var current = currentContext == string.Empty ? entries[0].Context : currentContext;
        if (current is not null)
        {
            text.Append($"current-context: {current}\n");
        }
        text.Append("clusters:\n");
        foreach (var (context, server, _) in entries)
        {
            text.Append($"- name: {context}-cluster\n  cluster:\n    server: {server}\n");
        }
        text.Append("users:\n");
        foreach (var (context, _, token) in entries)
        {
            text.Append($"- name: {context}-user\n  user:\n    token: {token}\n");
        }
        text.Append("contexts:\n");
        foreach (var (context, _, _) in entries)
        {
            text.Append($"- name: {context}\n  context:\n    cluster: {context}-cluster\n    user: {context}-user\n    namespace: {context}-ns\n");
        }
        return text.ToString();
    }

    public static string SingleToken(string server, string token, string context = "ci") => WithTokenContexts([(context, server, token)]);

    /// <summary>A kubeconfig whose user authenticates through an exec plugin, as EKS/GKE/AKS kubeconfigs do.</summary>
    public static string WithExecPlugin(string command) =>
        "apiVersion: v1\nkind: Config\ncurrent-context: eks\n"
        + "clusters:\n- name: eks-cluster\n  cluster:\n    server: https://eks.example.test\n"
        + "users:\n- name: eks-user\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
        + $"      command: {command}\n      args: [\"eks\", \"get-token\"]\n"
        + "contexts:\n- name: eks\n  context:\n    cluster: eks-cluster\n    user: eks-user\n";

    /// <summary>A kubeconfig with a basic-auth user and client certificate data, to check every secret is registered.</summary>
    public static string WithPasswordAndClientKey(string password, string clientKeyData, string clientCertData) =>
        "apiVersion: v1\nkind: Config\ncurrent-context: basic\n"
        + "clusters:\n- name: c\n  cluster:\n    server: https://basic.example.test\n    insecure-skip-tls-verify: true\n"
        + $"users:\n- name: u\n  user:\n    username: admin\n    password: {password}\n"
        + "- name: cert-user\n  user:\n"
        + $"    client-key-data: {clientKeyData}\n    client-certificate-data: {clientCertData}\n"
        + "contexts:\n- name: basic\n  context:\n    cluster: c\n    user: u\n";
}
