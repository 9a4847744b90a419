using System.Diagnostics;
using System.Text.Json.Nodes;
using HookSync.Testing;

namespace HookSync.Cli.Tests;

/// <summary>Kustomize overlays, Helm charts and render commands through the whole app (issue 10).</summary>
public sealed class KustomizeAndHelmSourceTests
{
    private const string Overlay = "examples/kustomize/overlays/staging";
    private const string Revision = "3f2a1b7c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6";

    [KubectlFact]
    public async Task Plan_Overlay_SameTasksAsThePlainYamlKubectlKustomizePrints()
    {
        using var ws = new TempWorkspace();
        ws.Write("rendered.yaml", KubectlKustomize(Overlay));

        var fromOverlay = await PlanJsonAsync(new AppFixture(), Overlay);
        var fromYaml = await PlanJsonAsync(new AppFixture(), "rendered.yaml", "--workspace", ws.Root);

        Assert.Equal(Tasks(fromYaml), Tasks(fromOverlay));
        Assert.Equal(6, Tasks(fromOverlay).Count);
        Assert.All(fromOverlay["tasks"]!.AsArray(), t => Assert.Matches(
            "^examples/kustomize/(base|overlays/staging)/[a-z-]+\\.yaml$", (string?)t!["source"]!["file"]));
        Assert.Contains(fromOverlay["tasks"]!.AsArray(), t =>
            (string?)t!["name"] == "staging-shop-migrate" && (string?)t["source"]!["file"] == "examples/kustomize/base/migrate-job.yaml");
    }

    [KubectlFact]
    public async Task SyncSimulate_Overlay_SameTasksAndResultsAsThePlainYaml()
    {
        using var ws = new TempWorkspace();
        ws.Write("rendered.yaml", KubectlKustomize(Overlay));
        var reports = new[] { ws.FullPath("overlay.json"), ws.FullPath("yaml.json") };

        var overlay = await new AppFixture { UseSystemTime = true }.RunAsync("sync", "--simulate", Overlay, "--report", reports[0]);
        var yaml = await new AppFixture { UseSystemTime = true }.RunAsync("sync", "--simulate", "rendered.yaml", "--workspace", ws.Root, "--report", reports[1]);

        Assert.True(overlay.ExitCode == 0, overlay.Out + overlay.Error);
        Assert.Equal(0, yaml.ExitCode);
        Assert.Contains("source examples/kustomize/overlays/staging: kustomize (kubectl kustomize)", overlay.Out);
        var fromOverlay = JsonNode.Parse(File.ReadAllText(reports[0]))!;
        var fromYaml = JsonNode.Parse(File.ReadAllText(reports[1]))!;
        Assert.Equal(Tasks(fromYaml, withState: true), Tasks(fromOverlay, withState: true));
    }

    [KubectlFact]
    public async Task Plan_OverlayGolden_PointsIntoBaseAndOverlayFiles()
    {
        var result = await new AppFixture().RunAsync("plan", "examples/kustomize/overlays/prod", "--revision", Revision);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Source examples/kustomize/overlays/prod: kustomize (kubectl kustomize)\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("Job/shop-migrate       shop-prod  hook BeforeHookCreation  examples/kustomize/base/migrate-job.yaml:3", result.Out);
        Assert.Contains("Namespace/shop-prod    (cluster)  resource                 examples/kustomize/overlays/prod/namespace.yaml:1", result.Out);
    }

    [KubectlFact]
    public async Task PlanAndSync_BrokenOverlay_ExitThreeWithKustomizesMessageAndApplyNothing()
    {
        using var ws = new TempWorkspace();
        ws.Write("deploy/base/kustomization.yaml", "resources:\n  - missing.yaml\n");
        ws.Write("deploy/overlay/kustomization.yaml", "resources:\n  - ../base\n");

        var plan = await new AppFixture().RunAsync("plan", "deploy/overlay", "--workspace", ws.Root);
        var sync = await new AppFixture { UseSystemTime = true }.RunAsync("sync", "--simulate", "deploy/overlay", "--workspace", ws.Root);

        Assert.Equal(3, plan.ExitCode);
        Assert.Contains("error HS7002: kubectl kustomize failed on deploy/overlay (exit 1): ", plan.Out);
        Assert.Contains("missing.yaml", plan.Out);
        Assert.Equal(3, sync.ExitCode);
        Assert.Contains("HS7002", sync.Out);
        Assert.DoesNotContain(" created", sync.Out);
    }

    [Fact]
    public async Task Plan_KustomizeBinaryMissing_ExitsThreeNamingTheTool()
    {
        var result = await new AppFixture().RunAsync("plan", Overlay, "--kustomize-binary", "/nonexistent/kustomize");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("error HS7001: examples/kustomize/overlays/staging is a Kustomize source but the kustomize binary '/nonexistent/kustomize' was not found", result.Out);
    }

    [Fact]
    public async Task Plan_SourceTypeDirectory_ReadsTheOverlaysFilesAsPlainManifests()
    {
        var result = await new AppFixture().RunAsync("plan", Overlay, "--source-type", "directory", "--revision", Revision);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Source ", result.Out);
        Assert.Contains("Skipped examples/kustomize/overlays/staging/kustomization.yaml: a Kustomize file", result.Out);
    }

    [Fact]
    public async Task Plan_RenderCommand_ScriptOutputIsPlanned()
    {
        using var ws = new TempWorkspace();
        ShellScript.Write(ws, "app/render.sh", """
            printf 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  annotations:\n    argocd.argoproj.io/hook: PreSync\n'
            """);

        var result = await new AppFixture().RunAsync("plan", "app", "--workspace", ws.Root, "--render-command", "./render.sh", "--revision", Revision);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Source app: command (render.sh)", result.Out);
        Assert.Contains("Job/migrate", result.Out);
    }

    [Fact]
    public async Task Plan_RenderCommandFails_ExitsThreeWithItsStderr()
    {
        using var ws = new TempWorkspace();
        ShellScript.Write(ws, "app/render.sh", "echo 'RUNTIME ERROR: field does not exist: replicas' >&2\nexit 1\n");

        var result = await new AppFixture().RunAsync("plan", "app", "--workspace", ws.Root, "--render-command", "./render.sh");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("RUNTIME ERROR: field does not exist: replicas", result.Out);
    }

    [Fact]
    public async Task PlanAndSync_HelmSetSecret_NeverPrinted()
    {
        using var ws = new TempWorkspace();
        ws.Write("chart/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\n");
        var helm = ShellScript.Write(ws, "bin/helm", "echo \"Error: bad value in $*\" >&2\nexit 1\n");
        const string Secret = "db.password=hunter2-never-print";

        var plan = await new AppFixture().RunAsync("plan", "chart", "--workspace", ws.Root, "--helm-binary", helm, "--helm-set", Secret);
        var sync = await new AppFixture { UseSystemTime = true }.RunAsync("sync", "--simulate", "chart", "--workspace", ws.Root, "--helm-binary", helm,
            "--helm-set", Secret, "--report", ws.FullPath("report.json"));

        Assert.Equal(3, plan.ExitCode);
        Assert.Equal(3, sync.ExitCode);
        Assert.Contains("helm template failed on chart", plan.Out);
        foreach (var text in new[] { plan.Out, plan.Error, sync.Out, sync.Error, File.ReadAllText(ws.FullPath("report.json")) })
        {
            Assert.DoesNotContain("hunter2-never-print", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sync_HelmChart_RenderedForTheClustersApiVersionsAndVersion()
    {
        using var ws = new TempWorkspace();
        ws.Write("chart/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\n");
        ws.Write("chart/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\n");
        var args = ws.FullPath("args.txt");
        var helm = ShellScript.Write(ws, "bin/helm", $$"""
            printf '%s\n' "$@" > '{{args}}'
            printf -- '---\n# Source: shop/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop-cm\n'
            """);

        var plan = await new AppFixture().RunAsync("plan", "chart", "--workspace", ws.Root, "--helm-binary", helm);
        var planArgs = File.ReadAllLines(args);
        var sync = await new AppFixture { UseSystemTime = true }.RunAsync("sync", "--simulate", "chart", "--workspace", ws.Root, "--helm-binary", helm,
            "--app", "shop", "--namespace", "default");
        var syncArgs = File.ReadAllLines(args);

        Assert.Equal(0, plan.ExitCode);
        Assert.DoesNotContain("--api-versions", planArgs);
        Assert.True(sync.ExitCode == 0, sync.Out + sync.Error);
        Assert.Equal(["template", "shop", ".", "--namespace", "default"], syncArgs.Take(5));
        Assert.Contains("apps/v1/Deployment", syncArgs);
        Assert.Contains("batch/v1", syncArgs);
        Assert.Equal("v1.32.0", syncArgs[Array.IndexOf(syncArgs, "--kube-version") + 1]);
        Assert.Contains("ConfigMap/shop-cm", sync.Out);
    }

    [Theory]
    [InlineData("v1.29.3-eks-adc7111", "v1.29.3")]
    [InlineData("v1.31.2+k3s1", "v1.31.2")]
    [InlineData("1.30.0", "1.30.0")]
    [InlineData("unknown", null)]
    public void KubeVersion_ServerGitVersion_ReleasePartOnly(string gitVersion, string? expected)
    {
        Assert.Equal(expected, HookSync.Cli.Commands.HelmCapabilities.Release(gitVersion));
    }

    [HelmFact]
    public async Task Plan_HelmChartExample_HooksFromTheirTemplates()
    {
        var result = await new AppFixture().RunAsync("plan", "examples/helm-chart", "--helm-values", "values-prod.yaml", "--app", "shop", "--revision", Revision);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Source examples/helm-chart: helm (helm template)", result.Out);
        Assert.Contains("examples/helm-chart/templates/migrate-job.yaml", result.Out);
        Assert.DoesNotContain("smoke-test", result.Out);
    }

    [Theory]
    [InlineData("--source-type", "jsonnet", "--source-type must be auto, directory, kustomize or helm")]
    [InlineData("--render-timeout", "soon", "--render-timeout takes a duration")]
    [InlineData("--render-command", "sh -c 'open", "--render-command cannot be read")]
    [InlineData("--helm-set", "novalue", "take KEY=VALUE")]
    public async Task Plan_BadRenderOption_ExitsTwo(string option, string value, string message)
    {
        var result = await new AppFixture().RunAsync("plan", Overlay, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    private static async Task<JsonNode> PlanJsonAsync(AppFixture app, params string[] args)
    {
        var result = await app.RunAsync(["plan", .. args, "--revision", Revision, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        return JsonNode.Parse(result.Out)!;
    }

    private static List<string> Tasks(JsonNode report, bool withState = false) =>
        report["tasks"]!.AsArray()
            .Select(t => $"{t!["phase"]} {t["wave"]} {t["kind"]}/{t["namespace"]}/{t["name"]}{(withState ? " " + t["state"] : "")}")
            .ToList();

    private static string KubectlKustomize(string path)
    {
        var start = new ProcessStartInfo(KubectlFactAttribute.KubectlPath!) { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
