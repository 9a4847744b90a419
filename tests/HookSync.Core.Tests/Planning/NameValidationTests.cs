using HookSync.Core.Diagnostics;
using HookSync.Core.Planning;
using HookSync.Testing;

namespace HookSync.Core.Tests.Planning;

/// <summary>Names, namespaces, kinds and apiVersions are checked offline, so a hostile name never becomes a request path.</summary>
public sealed class NameValidationTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static SyncPlan Plan(params ManifestBuilder[] manifests) =>
        SyncPlanner.Plan(manifests.Select(m => m.Build()).ToList(), new PlanContext("3f2a1b7c9d", Start, "default", BuiltInScopes.Instance));

    private static Diagnostic SingleInvalidName(SyncPlan plan)
    {
        Assert.True(plan.HasErrors);
        var diagnostic = Assert.Single(plan.Diagnostics, d => d.Code == DiagnosticCodes.InvalidName);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        return diagnostic;
    }

    [Fact]
    public void Plan_PathTraversalName_IsAnErrorAtItsFileAndLine()
    {
        var plan = Plan(ManifestBuilder.ConfigMap("../../../../../../api/v1/namespaces/default/configmaps/victim").At("app.yaml", 7));

        var error = SingleInvalidName(plan);
        Assert.Equal("app.yaml:7", error.Source!.ToString());
        Assert.Contains("metadata.name '../../../../../../api/v1/namespaces/default/configmaps/victim'", error.Message);
        Assert.Contains("may not be '.' or '..' nor contain '/' or '%'", error.Message);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a%2Fb")]
    [InlineData("Upper")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("under_score")]
    public void Plan_InvalidConfigMapName_IsAnError(string name)
    {
        var plan = Plan(ManifestBuilder.ConfigMap(name).Hook("PreSync"));

        SingleInvalidName(plan);
    }

    [Theory]
    [InlineData("cm")]
    [InlineData("my.config-map.v2")]
    [InlineData("0abc")]
    public void Plan_ValidSubdomainName_HasNoNameError(string name)
    {
        var plan = Plan(ManifestBuilder.ConfigMap(name));

        Assert.DoesNotContain(plan.Diagnostics, d => d.Code == DiagnosticCodes.InvalidName);
    }

    [Fact]
    public void Plan_NameOfMoreThan253Characters_IsAnError()
    {
        var plan = Plan(ManifestBuilder.ConfigMap(new string('a', 254)));

        var error = SingleInvalidName(plan);
        Assert.Contains("(254 characters)", error.Message);
    }

    [Fact]
    public void Plan_ServiceNameWithADotOrLeadingDigit_IsAnErrorBecauseServicesUseDnsLabels()
    {
        var dotted = Plan(ManifestBuilder.Of("v1", "Service", "web.api"));
        var digit = Plan(ManifestBuilder.Of("v1", "Service", "1web"));
        var fine = Plan(ManifestBuilder.Of("v1", "Service", "web-api"));

        Assert.Contains("Service name is a DNS label", SingleInvalidName(dotted).Message);
        SingleInvalidName(digit);
        Assert.DoesNotContain(fine.Diagnostics, d => d.Code == DiagnosticCodes.InvalidName);
    }

    [Fact]
    public void Plan_NamespaceNameLongerThan63_IsAnError()
    {
        var plan = Plan(ManifestBuilder.Namespace(new string('n', 64)));

        SingleInvalidName(plan);
    }

    [Fact]
    public void Plan_RbacNameWithColon_IsValidAsTheApiServerAllowsIt()
    {
        var plan = Plan(ManifestBuilder.Of("rbac.authorization.k8s.io/v1", "ClusterRole", "system:aggregate-to-edit"));

        Assert.DoesNotContain(plan.Diagnostics, d => d.Code == DiagnosticCodes.InvalidName);
    }

    [Fact]
    public void Plan_RbacNameWithSlash_IsAnError()
    {
        var plan = Plan(ManifestBuilder.Of("rbac.authorization.k8s.io/v1", "ClusterRole", "../secrets"));

        SingleInvalidName(plan);
    }

    [Fact]
    public void Plan_InvalidNamespace_IsAnError()
    {
        var plan = Plan(ManifestBuilder.ConfigMap("cm").InNamespace("../kube-system"));

        Assert.Contains("metadata.namespace '../kube-system'", SingleInvalidName(plan).Message);
    }

    [Fact]
    public void Plan_InvalidGenerateName_IsReportedOnceForAMultiPhaseHook()
    {
        var plan = Plan(ManifestBuilder.Pod(null).GenerateName("Bad_Prefix-").Hook("PreSync,PostSync"));

        Assert.Contains("metadata.generateName 'Bad_Prefix-'", SingleInvalidName(plan).Message);
    }

    [Fact]
    public void Plan_GenerateNameThatOverflowsWithTheGeneratedSuffix_IsAnError()
    {
        var plan = Plan(ManifestBuilder.Of("v1", "ConfigMap", null).GenerateName(new string('g', 240) + "-").Hook("PreSync"));

        Assert.Contains("generated name", SingleInvalidName(plan).Message);
    }

    [Theory]
    [InlineData("v1", "Config/Map")]
    [InlineData("v1", "1Kind")]
    [InlineData("apps/v1/extra", "Deployment")]
    [InlineData("Apps/v1", "Deployment")]
    [InlineData("../v1", "Deployment")]
    public void Plan_InvalidKindOrApiVersion_IsAnError(string apiVersion, string kind)
    {
        var plan = Plan(ManifestBuilder.Of(apiVersion, kind, "x"));

        Assert.Contains(plan.Diagnostics, d => d.Code == DiagnosticCodes.InvalidName && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Plan_ControlCharactersInAName_AreEscapedInTheMessage()
    {
        var plan = Plan(ManifestBuilder.ConfigMap("a\u001b[31mred\nb"));

        var message = SingleInvalidName(plan).Message;
        Assert.DoesNotContain('\u001b', message);
        Assert.DoesNotContain('\n', message);
        Assert.Contains("\\u001b", message);
    }
}
