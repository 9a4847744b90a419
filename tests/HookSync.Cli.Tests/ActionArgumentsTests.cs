using HookSync.Cli.Commands;

namespace HookSync.Cli.Tests;

/// <summary>The hidden <c>action</c> verb: action.yml and the GitLab template pass every input as --name=value, empty meaning unset.</summary>
public sealed class ActionArgumentsTests
{
    [Fact]
    public void Translate_AllDefaults_GivesPlainSync()
    {
        var args = ActionArguments.Translate(["--command=sync", "--paths=.", "--recursive=false", "--include=", "--exclude=",
            "--namespace=", "--server=", "--context=", "--timeout=30m", "--hook-timeout=", "--wait=true", "--dry-run=false",
            "--strict=false", "--app=", "--repo=", "--ref=", "--simulate=false", "--concurrency=8", "--ci=github", "--"]);
        Assert.Equal(["sync", ".", "--ci", "github", "--concurrency", "8", "--timeout", "30m"], args);
    }

    [Fact]
    public void Translate_ListsAndBooleans_BecomeRepeatedOptionsAndFlags()
    {
        var args = ActionArguments.Translate(["--paths=deploy/a  deploy/b\nhooks", "--include=**/*.yaml", "--exclude=a/** b/**",
            "--wait=FALSE", "--dry-run=True", "--simulate=true", "--recursive=true"]);
        Assert.Equal(["sync", "deploy/a", "deploy/b", "hooks", "--dry-run", "--exclude", "a/**", "--exclude", "b/**",
            "--include", "**/*.yaml", "--recursive", "--simulate", "--no-wait"], args);
    }

    [Fact]
    public void Translate_SourceInputs_BecomeRenderOptionsWithSetValuesOnePerLine()
    {
        var args = ActionArguments.Translate(["--command=plan", "--paths=deploy/chart", "--source-type=auto", "--helm-values=values.yaml values-prod.yaml",
            "--helm-set=image.tag=2.0.1\nmessage=hello world\n", "--helm-set-string=", "--helm-set-file=", "--include-crds=true",
            "--kustomize-build-options=--enable-helm --load-restrictor LoadRestrictionsNone", "--render-command=", "--render-timeout=2m",
            "--helm-release-name=", "--helm-api-versions=", "--helm-kube-version="]);
        Assert.Equal(["plan", "deploy/chart", "--helm-set", "image.tag=2.0.1", "--helm-set", "message=hello world",
            "--helm-values", "values.yaml", "--helm-values", "values-prod.yaml", "--include-crds",
            "--kustomize-build-options=--enable-helm --load-restrictor LoadRestrictionsNone", "--render-timeout", "2m", "--source-type", "auto"], args);
    }

    [Fact]
    public void Translate_LockInputs_OnByDefaultOffAsNoLock()
    {
        Assert.Equal(["sync", "--lock-timeout", "2m"], ActionArguments.Translate(["--lock=true", "--lock-timeout=2m"]));
        Assert.Equal(["sync", "--no-lock", "--lock-timeout", "10m"], ActionArguments.Translate(["--lock=false", "--lock-timeout=10m"]));
        Assert.Equal(["plan", "deploy"], ActionArguments.Translate(["--command=plan", "--paths=deploy", "--lock=false", "--lock-timeout=1m"]));
    }

    [Fact]
    public void Translate_Plan_DropsSyncOnlyInputs()
    {
        var args = ActionArguments.Translate(["--command=plan", "--paths=deploy", "--timeout=30m", "--wait=true", "--simulate=true", "--strict=true"]);
        Assert.Equal(["plan", "deploy", "--strict"], args);
    }

    [Fact]
    public void Translate_KubeconfigPathAndSyncTuning_BecomeTheirOptions()
    {
        var args = ActionArguments.Translate(["--kubeconfig-path=/home/runner/.kube/config", "--syncfail-timeout=1m", "--wave-delay=2s",
            "--force-conflicts=false", "--lock-namespace=ops", "--simulate-fail=batch/Job/smoke Job/x", "--simulate-fault=500,verb=patch,max=1\n429,rate=0.5\n",
            "--simulate-latency=5", "--revision=abc", "--workspace=/w", "--report=/tmp/r.json", "--kustomize-binary=/k", "--helm-binary=/h", "--format=json"]);
        Assert.Equal(["sync", "--force-conflicts", "false", "--helm-binary", "/h", "--kubeconfig", "/home/runner/.kube/config", "--kustomize-binary", "/k",
            "--lock-namespace", "ops", "--report", "/tmp/r.json", "--revision", "abc", "--simulate-fail", "batch/Job/smoke", "--simulate-fail", "Job/x",
            "--simulate-fault", "500,verb=patch,max=1", "--simulate-fault", "429,rate=0.5", "--simulate-latency", "5", "--syncfail-timeout", "1m",
            "--wave-delay", "2s", "--workspace", "/w"], args);
    }

    [Fact]
    public void Translate_Plan_KeepsFormatAndDropsTheKubeconfigPath()
    {
        var args = ActionArguments.Translate(["--command=plan", "--paths=deploy", "--format=json", "--kubeconfig-path=/k", "--wave-delay=2s", "--revision=abc"]);
        Assert.Equal(["plan", "deploy", "--format", "json", "--revision", "abc"], args);
    }

    [Fact]
    public void Translate_ExtraArgumentsAfterDoubleDash_AreAppendedVerbatim()
    {
        var args = ActionArguments.Translate(["--command=sync", "--", "--wave-delay", "2s", "--syncfail-timeout=1m"]);
        Assert.Equal(["sync", "--wave-delay", "2s", "--syncfail-timeout=1m"], args);
    }

    [Theory]
    [InlineData("--wait=yes", "must be true or false")]
    [InlineData("--colour=blue", "is not one")]
    [InlineData("paths=.", "is not one")]
    [InlineData("--command=apply", "must be sync or plan")]
    public void Translate_BadInput_IsAUsageError(string arg, string message)
    {
        var error = Assert.Throws<UsageException>(() => ActionArguments.Translate([arg]));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Translate_InputGivenTwice_IsAUsageError()
    {
        Assert.Throws<UsageException>(() => ActionArguments.Translate(["--app=a", "--app=b"]));
    }

    [Fact]
    public async Task Run_ActionVerbPlanningAnExample_ExitsZero()
    {
        var result = await new AppFixture().RunAsync("action", "--command=plan", "--paths=examples/webapp", "--timeout=30m",
            "--strict=false", "--ci=none", "--");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Job/webapp-migrate-", result.Out);
    }

    [Fact]
    public async Task Run_ActionVerbWithBadBoolean_ExitsTwo()
    {
        var result = await new AppFixture().RunAsync("action", "--command=plan", "--strict=maybe");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'strict' must be true or false", result.Error);
    }
}
