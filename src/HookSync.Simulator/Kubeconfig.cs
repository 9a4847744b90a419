namespace HookSync.Simulator;

/// <summary>Renders the kubeconfig that points a client at a running simulator.</summary>
internal static class Kubeconfig
{
    public static string Render(Uri baseUri, string? token)
    {
        var server = baseUri.GetLeftPart(UriPartial.Authority);
        var user = token is null ? "  user: {}" : $"  user:\n    token: {token}";
        return $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: simulator
              cluster:
                server: {server}
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
