using System.Text;
using HookSync.EndToEnd.Tests.Infrastructure;

namespace HookSync.EndToEnd.Tests;

/// <summary>Leak test: known secrets in every credential variable never reach any output channel (README Cluster credentials).</summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed class SecretLeakTests(PublishedBinary binary)
{
    private const string Token = "e2e-leak-api-token-5b1c7d";
    private const string GitToken = "e2e-leak-git-token-93af02";
    private const string KubeconfigToken = "e2e-leak-kubeconfig-token-77e4a9";

    private static readonly string[] Secrets = [Token, GitToken, KubeconfigToken];

    private static string Kubeconfig => $"""
        apiVersion: v1
        kind: Config
        clusters:
          - name: prod
            cluster:
              server: https://10.20.30.40:6443
        users:
          - name: deployer
            user:
              token: {KubeconfigToken}
        contexts:
          - name: prod
            context:
                cluster: prod
                user: deployer
        current-context: prod
        """;

    // Each secret reaches a diagnostic (an ignored wave value is echoed in the warning) and a failed task's message.
    private static string LeakyManifests => string.Join("\n---\n", Secrets.Select((secret, i) => $"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: leak-{i}
          annotations:
            argocd.argoproj.io/sync-wave: "{secret}"
        data:
          value: "{secret}"
        """)) + "\n---\n" + """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: leaky-hook
          annotations:
            argocd.argoproj.io/hook: Sync
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: main
                  image: busybox
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sync_OnGitHub_NoChannelContainsASecret(bool base64Kubeconfig)
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.Checkout.Write("deploy/leaky.yaml", LeakyManifests);
        SetSecrets(ci, base64Kubeconfig);

        var run = await ci.SyncAsync("deploy", "--simulate-fail", "Job/leaky-hook");

        Assert.True(run.ExitCode == 11, run.ToString());
        // The masks themselves are the one place a secret may appear: the runner swallows them.
        var stdout = string.Join("\n", run.OutputLines.Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)));
        AssertNoSecret("stdout", stdout);
        AssertNoSecret("stderr", run.StandardError);
        AssertNoSecret("summary", File.ReadAllText(ci.SummaryPath));
        AssertNoSecret("outputs", File.ReadAllText(ci.OutputPath));
        AssertNoSecret("report", File.ReadAllText(ci.GitHubReportPath));
        // Every secret itself is masked on its own, not only inside a longer line of the kubeconfig.
        foreach (var secret in Secrets)
        {
            Assert.Contains("::add-mask::" + secret, run.OutputLines);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sync_OnGitLab_NoChannelContainsASecret(bool base64Kubeconfig)
    {
        using var ci = CiWorkspace.GitLab(binary);
        ci.Checkout.Write("deploy/leaky.yaml", LeakyManifests);
        SetSecrets(ci, base64Kubeconfig);

        var run = await ci.SyncAsync("deploy", "--simulate-fail", "Job/leaky-hook");

        Assert.True(run.ExitCode == 11, run.ToString());
        AssertNoSecret("stdout", run.StandardOutput);
        AssertNoSecret("stderr", run.StandardError);
        foreach (var file in new[] { "hooksync.env", "hooksync-junit.xml", "hooksync-codequality.json", "hooksync-report.json" })
        {
            AssertNoSecret(file, File.ReadAllText(ci.GitLabFile(file)));
        }
        // The warnings did happen (so the test would see a leak): redacted, not dropped.
        Assert.Contains("HS2003", File.ReadAllText(ci.GitLabFile("hooksync-codequality.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("github")]
    [InlineData("gitlab")]
    public async Task Sync_EveryKindOfSecret_ReachesNoChannel(string platform)
    {
        // A client key, a password in the --server URL, a git token, an API token and a Secret's data; the sweep that
        // runs after every run of this suite (LeakSweep) fails the test if any of them shows up anywhere.
        const string clientKey = "ZTJlLWxlYWstY2xpZW50LWtleS1kYXRhLTQxYjk=";
        const string secretData = "e2e-leak-secret-data-8c03de";
        using var ci = platform == "github" ? CiWorkspace.GitHub(binary) : CiWorkspace.GitLab(binary);
        ci.Checkout.Write("deploy/leaky.yaml", LeakyManifests + "\n---\n" + $$"""
            apiVersion: v1
            kind: Secret
            metadata:
              name: db
            stringData:
              password: {{secretData}}
            data:
              key: {{Convert.ToBase64String(Encoding.UTF8.GetBytes(secretData + "-b64"))}}
            """);
        SetSecrets(ci, base64Kubeconfig: false);
        ci.Runner.Environment["HOOKSYNC_KUBECONFIG"] = Kubeconfig.Replace($"token: {KubeconfigToken}", $"client-key-data: {clientKey}\n              client-certificate-data: {clientKey}", StringComparison.Ordinal);

        var run = await ci.SyncAsync("deploy", "--server", "https://deployer:e2e-leak-url-password-2f77@10.20.30.40:6443", "--simulate-fail", "Job/leaky-hook");

        Assert.True(run.ExitCode == 11, run.ToString());
        Assert.Contains(LeakSweep.SecretsOf(ci.Runner.Environment, ["https://deployer:e2e-leak-url-password-2f77@10.20.30.40:6443"]), s => s == "e2e-leak-url-password-2f77");
        var files = ci.Runner.OutputFiles.Concat(Directory.EnumerateFiles(ci.Checkout.Root, "hooksync*"));
        Assert.Empty(LeakSweep.Leaks(run, [secretData, secretData + "-b64", Convert.ToBase64String(Encoding.UTF8.GetBytes(secretData + "-b64"))], files));
    }

    private static void SetSecrets(CiWorkspace ci, bool base64Kubeconfig)
    {
        ci.Runner.Environment["HOOKSYNC_TOKEN"] = Token;
        ci.Runner.Environment["HOOKSYNC_GIT_TOKEN"] = GitToken;
        ci.Runner.Environment["HOOKSYNC_KUBECONFIG"] = base64Kubeconfig
            ? Convert.ToBase64String(Encoding.UTF8.GetBytes(Kubeconfig))
            : Kubeconfig;
    }

    private static void AssertNoSecret(string channel, string text)
    {
        foreach (var secret in Secrets)
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{channel} contains the secret {secret}:\n{text}");
        }
    }
}
