using HookSync.EndToEnd.Tests.Infrastructure;

namespace HookSync.EndToEnd.Tests;

/// <summary>The sweep that runs after every binary run must itself catch a leak, or it proves nothing.</summary>
public sealed class LeakSweepTests
{
    [Fact]
    public void Leaks_SecretInStderrOrAFile_Found_MaskLineIgnored()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "HOOKSYNC_CAUSE=token s3cr3t-value-1 was refused");
            var run = new BinaryRun(11, "::add-mask::s3cr3t-value-1\nall good\n", "error: s3cr3t-value-1\n");

            var leaks = LeakSweep.Leaks(run, ["s3cr3t-value-1"], [file]);

            Assert.Equal(["stderr: s3cr3t-value-1", $"{Path.GetFileName(file)}: s3cr3t-value-1"], leaks);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void SecretsOf_FindsVariablesKubeconfigKeysAndUrlPasswords()
    {
        var env = new Dictionary<string, string>
        {
            ["HOOKSYNC_TOKEN"] = "api-token-123456",
            ["HOOKSYNC_KUBECONFIG"] = "users:\n- name: u\n  user:\n    client-key-data: a2V5LWRhdGEtMTIz\n    token: kube-token-abcdef\n",
            ["PATH"] = "/usr/bin",
        };

        var secrets = LeakSweep.SecretsOf(env, ["sync", "--server", "https://me:url-pass-99@host:6443"]);

        Assert.Equal(["api-token-123456", "a2V5LWRhdGEtMTIz", "kube-token-abcdef", "url-pass-99"], secrets);
    }
}
