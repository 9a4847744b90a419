using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Rendering.Helm;

namespace HookSync.Rendering.Tests;

public sealed class HelmArgumentsTests
{
    [Fact]
    public void Template_NoOptions_ReleaseIsTheApplicationName()
    {
        var args = HelmArguments.Template(".", Renders.Settings());

        Assert.Equal(["template", "shop", "."], args);
    }

    [Fact]
    public void Template_EveryOption_InArgoCdsOrderWithValuesFilesInTheOrderGiven()
    {
        var settings = Renders.Settings(s => s with
        {
            Namespace = "shop-prod",
            Helm = new HelmSettings(
                "shop-v2",
                ["values.yaml", "values-prod.yaml", "../common/values-common.yaml"],
                ["replicas=3", "image.tag=2.0.1"],
                ["build=0123"],
                ["config=files/app.conf"],
                IncludeCrds: true,
                ["v1", "monitoring.coreos.com/v1"],
                "1.31.0"),
        });

        var args = HelmArguments.Template(".", settings);

        Assert.Equal(
            [
                "template", "shop-v2", ".", "--namespace", "shop-prod",
                "--values", "values.yaml", "--values", "values-prod.yaml", "--values", "../common/values-common.yaml",
                "--set", "replicas=3", "--set", "image.tag=2.0.1", "--set-string", "build=0123", "--set-file", "config=files/app.conf",
                "--include-crds",
                "--api-versions", "monitoring.coreos.com/v1", "--api-versions", "v1",
                "--kube-version", "1.31.0",
            ],
            args);
    }

    [Fact]
    public void ApiVersions_FromDiscoverySnapshot_GroupVersionsAndKindsSortedOnce()
    {
        var snapshot = new[]
        {
            new ApiResource(new GroupVersionKind("", "v1", "ConfigMap"), "configmaps", true),
            new ApiResource(new GroupVersionKind("", "v1", "Namespace"), "namespaces", false),
            new ApiResource(new GroupVersionKind("apps", "v1", "Deployment"), "deployments", true),
            new ApiResource(new GroupVersionKind("monitoring.coreos.com", "v1", "ServiceMonitor"), "servicemonitors", true),
        };

        var versions = HelmApiVersions.FromDiscovery(snapshot);

        Assert.Equal(
            ["apps/v1", "apps/v1/Deployment", "monitoring.coreos.com/v1", "monitoring.coreos.com/v1/ServiceMonitor", "v1", "v1/ConfigMap", "v1/Namespace"],
            versions);
    }

    [Fact]
    public void ApiVersions_FromDiscovery_BecomeTemplateArguments()
    {
        var versions = HelmApiVersions.FromDiscovery([new ApiResource(new GroupVersionKind("batch", "v1", "Job"), "jobs", true)]);
        var settings = Renders.Settings(s => s with { Helm = HelmSettings.None with { ApiVersions = versions } });

        var args = HelmArguments.Template(".", settings);

        Assert.Equal(["template", "shop", ".", "--api-versions", "batch/v1", "--api-versions", "batch/v1/Job"], args);
    }

    [Fact]
    public void SecretValues_SetAndSetString_ValuesOnlyNotKeysNorFiles()
    {
        var helm = HelmSettings.None with { Set = ["db.password=s3cr3t-pw", "x=1"], SetString = ["token=abcd1234"], SetFile = ["cert=tls.crt"] };

        Assert.Equal(["s3cr3t-pw", "abcd1234"], HelmArguments.SecretValues(helm));
    }

    [Theory]
    [InlineData("apiVersion: v2\nname: a\ndependencies:\n  - name: redis\n    version: 1.0.0\n", false, true)]
    [InlineData("apiVersion: v2\nname: a\ndependencies:\n  - name: redis\n", true, false)]
    [InlineData("apiVersion: v2\nname: a\ndependencies: []\n", false, false)]
    [InlineData("apiVersion: v2\nname: a\n", false, false)]
    public void DependencyBuild_NeededOnlyWithDependenciesAndNoChartsDirectory(string chartYaml, bool hasChartsDirectory, bool expected)
    {
        using var ws = new HookSync.Testing.TempWorkspace();
        ws.Write("Chart.yaml", chartYaml);
        if (hasChartsDirectory)
        {
            ws.CreateDirectory("charts");
        }

        Assert.Equal(expected, ChartDependencies.NeedBuild(ws.Root));
    }
}
