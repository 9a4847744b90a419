namespace HookSync.Simulator;

/// <summary>Renders the kubeconfig that points a client at a running simulator.</summary>
internal static class Kubeconfig
{
    public static string Render(Uri baseUri, string? token, string? authorityData = null)
    {
        var server = baseUri.GetLeftPart(UriPartial.Authority);
        var authority = authorityData is null ? string.Empty : $"\n    certificate-authority-data: {authorityData}";
        var user = token is null ? "  user: {}" : $"  user:\n    token: {token}";
        return $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: simulator
              cluster:
                server: {server}{authority}
            users:
            - name: simulator
            {user}
            contexts:
            - name: simulator
              context:
                cluster: simulator
                user: simulator
                namespace: default
            current-context: simulator
            preferences: {"{}"}

            """;
    }
}
