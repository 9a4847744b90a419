using HookSync.Rendering.Kustomize;

namespace HookSync.Rendering.Tests;

public sealed class OriginAnnotationTests
{
    [Fact]
    public void Strip_OnlyAnnotation_RemovesTheEmptyAnnotationsKeyToo()
    {
        var (yaml, path, configuredIn) = OriginAnnotation.Strip("""
            apiVersion: v1
            kind: Service
            metadata:
              annotations:
                config.kubernetes.io/origin: |
                  path: ../base/svc.yaml
              name: web
            """.Split('\n'));

        Assert.Equal("../base/svc.yaml", path);
        Assert.Null(configuredIn);
        Assert.Equal("apiVersion: v1\nkind: Service\nmetadata:\n  name: web", yaml);
    }

    [Fact]
    public void Strip_BetweenOtherAnnotations_KeepsThem()
    {
        var (yaml, path, _) = OriginAnnotation.Strip("""
            kind: Job
            metadata:
              annotations:
                argocd.argoproj.io/hook: PreSync
                config.kubernetes.io/origin: |
                  path: job.yaml
                helm.sh/hook-weight: "2"
              name: migrate
            """.Split('\n'));

        Assert.Equal("job.yaml", path);
        Assert.Equal("kind: Job\nmetadata:\n  annotations:\n    argocd.argoproj.io/hook: PreSync\n    helm.sh/hook-weight: \"2\"\n  name: migrate", yaml);
    }

    [Fact]
    public void Strip_FirstOfSeveralAnnotations_KeepsTheAnnotationsKey()
    {
        var (yaml, _, _) = OriginAnnotation.Strip("""
            metadata:
              annotations:
                config.kubernetes.io/origin: |
                  path: job.yaml
                helm.sh/hook: test
            """.Split('\n'));

        Assert.Equal("metadata:\n  annotations:\n    helm.sh/hook: test", yaml);
    }

    [Fact]
    public void Strip_GeneratedObject_ReturnsWhereTheGeneratorIsConfigured()
    {
        var (yaml, path, configuredIn) = OriginAnnotation.Strip("""
            kind: ConfigMap
            metadata:
              annotations:
                config.kubernetes.io/origin: |
                  configuredIn: ../overlay/kustomization.yaml
                  configuredBy:
                    apiVersion: builtin
                    kind: ConfigMapGenerator
              name: gen-hmg6f82fh6
            """.Split('\n'));

        Assert.Null(path);
        Assert.Equal("../overlay/kustomization.yaml", configuredIn);
        Assert.DoesNotContain("origin", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("ConfigMapGenerator", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Strip_RemoteBase_NoLocalOrigin()
    {
        var (yaml, path, configuredIn) = OriginAnnotation.Strip("""
            kind: Deployment
            metadata:
              annotations:
                config.kubernetes.io/origin: |
                  path: examples/helloWorld/deployment.yaml
                  repo: https://github.com/kubernetes-sigs/kustomize
                  ref: v1.0.6
              name: the-deployment
            """.Split('\n'));

        Assert.Null(path);
        Assert.Null(configuredIn);
        Assert.Equal("kind: Deployment\nmetadata:\n  name: the-deployment", yaml);
    }
}
