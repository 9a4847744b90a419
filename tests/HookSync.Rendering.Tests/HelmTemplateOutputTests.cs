using HookSync.Rendering.Helm;
using HookSync.Testing;

namespace HookSync.Rendering.Tests;

/// <summary>Parsing <c>helm template</c> output (written here in helm's exact shape) back to the chart's templates.</summary>
public sealed class HelmTemplateOutputTests
{
    // What `helm template shop . --include-crds` prints for a chart named "shop": CRDs first, hooks and tests included,
    // a template with two documents, a subchart's template, and a template that rendered to nothing.
    private const string Output = """
        ---
        # Source: shop/crds/widgets.yaml
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        ---
        # Source: shop/templates/configmap.yaml
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: shop-shop-config
        ---
        # Source: shop/templates/app.yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: shop-shop
        ---
        # Source: shop/templates/app.yaml
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: shop-shop
        ---
        # Source: shop/charts/cache/templates/cache.yaml
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: shop-cache
        ---
        # Source: shop/templates/tests/test-connection.yaml
        apiVersion: v1
        kind: Pod
        metadata:
          name: shop-shop-test-connection
          annotations:
            "helm.sh/hook": test
        ---
        # Source: shop/templates/migrate-job.yaml
        # pre-install and pre-upgrade both map to one PreSync hook.
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: shop-shop-migrate
          annotations:
            helm.sh/hook: pre-install,pre-upgrade
            helm.sh/hook-weight: "-1"
        ---
        # Source: shop/templates/empty.yaml
        """;

    [Fact]
    public void Parse_SourceComments_MapEveryDocumentToItsTemplate()
    {
        using var ws = Chart();

        var documents = HelmTemplateOutput.Parse(Output, ws.Root, "deploy/chart");

        Assert.Equal(
            [
                "deploy/chart/crds/widgets.yaml:1",
                "deploy/chart/templates/configmap.yaml:1",
                "deploy/chart/templates/app.yaml:1",
                "deploy/chart/templates/app.yaml:22",
                "deploy/chart/charts/cache/templates/cache.yaml:1",
                "deploy/chart/templates/tests/test-connection.yaml:2",
                "deploy/chart/templates/migrate-job.yaml:2",
            ],
            documents.Select(d => d.Origin.ToString()));
    }

    [Fact]
    public void Parse_Documents_KeepTheirTextForTheParser()
    {
        using var ws = Chart();

        var hook = HelmTemplateOutput.Parse(Output, ws.Root, "deploy/chart").Single(d => d.Yaml.Contains("kind: Job", StringComparison.Ordinal));

        Assert.Contains("helm.sh/hook: pre-install,pre-upgrade", hook.Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("---", hook.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SourceOutsideTheChart_PointsAtChartYaml()
    {
        using var ws = Chart();

        var documents = HelmTemplateOutput.Parse("---\n# Source: shop/../../../etc/passwd\nkind: ConfigMap\n---\nkind: Secret\n", ws.Root, "deploy/chart");

        Assert.All(documents, d => Assert.Equal("deploy/chart/Chart.yaml:1", d.Origin.ToString()));
    }

    private static TempWorkspace Chart()
    {
        var ws = new TempWorkspace();
        ws.Write("deploy/chart/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\n");
        ws.Write("deploy/chart/crds/widgets.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n");
        ws.Write("deploy/chart/templates/configmap.yaml", "apiVersion: v1\nkind: ConfigMap\n");
        ws.Write("deploy/chart/templates/app.yaml", "apiVersion: v1\nkind: Service\n" + string.Concat(Enumerable.Repeat("# line\n", 18)) + "---\napiVersion: apps/v1\nkind: Deployment\n");
        ws.Write("deploy/chart/charts/cache/templates/cache.yaml", "kind: ConfigMap\n");
        ws.Write("deploy/chart/templates/tests/test-connection.yaml", "# a helm test\napiVersion: v1\n");
        ws.Write("deploy/chart/templates/migrate-job.yaml", "{{- if .Values.migrate }}\napiVersion: batch/v1\n{{- end }}\n");
        return ws;
    }
}
