using HookSync.Core.Diagnostics;
using HookSync.Core.Ports;
using HookSync.Testing;

namespace HookSync.Rendering.Tests;

/// <summary>The Helm renderer against a stand-in <c>helm</c> script (always) and the real helm (when it is on PATH).</summary>
public sealed class HelmRendererTests
{
    [Fact]
    public async Task Render_FakeHelm_GetsTheArgumentsInTheChartAndOutputMapsToTemplates()
    {
        using var ws = new TempWorkspace();
        ws.Write("deploy/chart/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\n");
        ws.Write("deploy/chart/values-prod.yaml", "replicas: 3\n");
        ws.Write("deploy/chart/templates/job.yaml", "# hook\napiVersion: batch/v1\nkind: Job\n");
        var argsFile = ws.FullPath("args.txt");
        var helm = ShellScript.Write(ws, "bin/helm", $$"""
            printf '%s\n' "$PWD" "$@" > '{{argsFile}}'
            printf -- '---\n# Source: shop/templates/job.yaml\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: shop-migrate\n  annotations:\n    helm.sh/hook: pre-install\n'
            """);

        var result = await Renders.RunAsync(ws.Root, "deploy/chart", SourceType.Helm, Renders.Settings(s => s with
        {
            HelmBinary = helm,
            Namespace = "prod",
            Helm = HelmSettings.None with { ValueFiles = ["values-prod.yaml"], Set = ["image.tag=2.0.1"] },
        }));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("helm template", result.Tool);
        var document = Assert.Single(result.Documents);
        Assert.Equal("deploy/chart/templates/job.yaml:2", document.Origin.ToString());
        Assert.Equal(
            [ws.FullPath("deploy/chart"), "template", "shop", ".", "--namespace", "prod", "--values", "values-prod.yaml", "--set", "image.tag=2.0.1"],
            File.ReadAllLines(argsFile));
    }

    [Fact]
    public async Task Render_HelmFailsEchoingASetValue_TheValueNeverReachesTheMessage()
    {
        using var ws = new TempWorkspace();
        ws.Write("chart/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\n");
        ws.Write("chart/templates/secret.yaml", "kind: Secret\n");
        var helm = ShellScript.Write(ws, "bin/helm", """
            echo "Error: template: shop/templates/secret.yaml:7:3: executing with $5" >&2
            exit 1
            """);

        var result = await Renders.RunAsync(ws.Root, "chart", SourceType.Helm, Renders.Settings(s => s with
        {
            HelmBinary = helm,
            Helm = HelmSettings.None with { Set = ["db.password=hunter2-very-secret"] },
        }));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.RenderFailed, error.Code);
        Assert.DoesNotContain("hunter2-very-secret", error.Message, StringComparison.Ordinal);
        Assert.Contains("***", error.Message, StringComparison.Ordinal);
        Assert.Equal("chart/templates/secret.yaml:7", error.Source?.ToString());
    }

    [Fact]
    public async Task Render_ChartWithDependenciesAndNoChartsDirectory_BuildsThemFirst()
    {
        using var ws = new TempWorkspace();
        ws.Write("chart/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 1.0.0\n");
        var log = ws.FullPath("calls.txt");
        var helm = ShellScript.Write(ws, "bin/helm", $$"""
            echo "$1 $2" >> '{{log}}'
            [ "$1" = template ] && printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n'
            exit 0
            """);

        var result = await Renders.RunAsync(ws.Root, "chart", SourceType.Helm, Renders.Settings(s => s with { HelmBinary = helm }));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["dependency build", "template shop"], File.ReadAllLines(log));
    }

    [Fact]
    public async Task Render_ValuesFileOutsideTheWorkspace_RefusedBeforeHelmRuns()
    {
        using var ws = new TempWorkspace();
        ws.Write("chart/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\n");
        var helm = ShellScript.Write(ws, "bin/helm", "exit 0\n");

        var result = await Renders.RunAsync(ws.Root, "chart", SourceType.Helm, Renders.Settings(s => s with
        {
            HelmBinary = helm,
            Helm = HelmSettings.None with { ValueFiles = ["../../../../etc/passwd"] },
        }));

        Assert.Contains("outside the workspace", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_HelmMissing_MissingToolError()
    {
        using var ws = new TempWorkspace();
        ws.Write("chart/Chart.yaml", "apiVersion: v2\nname: shop\n");

        var result = await Renders.RunAsync(ws.Root, "chart", SourceType.Helm, Renders.Settings(s => s with { HelmBinary = ws.FullPath("bin/helm") }));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.RenderToolMissing, error.Code);
        Assert.Contains("Helm chart", error.Message, StringComparison.Ordinal);
    }

    [HelmFact]
    public async Task Render_RealHelm_ExampleChartMapsHooksToTheirTemplates()
    {
        var result = await Renders.RunAsync(RepoPaths.Root, "examples/helm-chart", SourceType.Helm, Renders.Settings(s => s with
        {
            Helm = HelmSettings.None with { ValueFiles = ["values-staging.yaml"] },
        }));

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Documents, d => d.Origin.File == "examples/helm-chart/templates/migrate-job.yaml" && d.Yaml.Contains("pre-install", StringComparison.Ordinal));
        Assert.Contains(result.Documents, d => d.Origin.File == "examples/helm-chart/templates/app.yaml" && d.Yaml.Contains("kind: Service", StringComparison.Ordinal));
        Assert.Contains(result.Documents, d => d.Origin.File == "examples/helm-chart/templates/configmap.yaml" && d.Yaml.Contains("debug", StringComparison.Ordinal));
    }
}
