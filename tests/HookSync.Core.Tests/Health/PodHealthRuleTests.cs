using HookSync.Core.Health;
using HookSync.Core.Health.Rules;
using HookSync.Testing;

namespace HookSync.Core.Tests.Health;

public sealed class PodHealthRuleTests
{
    private readonly PodHealthRule _rule = new();

    [Fact]
    public void Assess_AlwaysPodWithFailingInitContainer_InitContainersNotChecked()
    {
        var pod = Pod("Always", "Pending", """
              initContainerStatuses:
              - name: init
                state: {waiting: {reason: ImagePullBackOff, message: "Back-off pulling image"}}
            """);

        Assert.Equal(HealthStatus.Progressing(), _rule.Assess(pod));
    }

    [Fact]
    public void Assess_NeverPodInImagePullBackOff_StaysProgressing()
    {
        // I-01: a run-to-completion Pod stuck pulling its image never fails.
        var pod = Pod("Never", "Pending", """
              containerStatuses:
              - name: main
                state: {waiting: {reason: ImagePullBackOff, message: "Back-off pulling image"}}
            """);

        Assert.Equal(HealthStatusCode.Progressing, _rule.Assess(pod).Code);
    }

    [Fact]
    public void Assess_AlwaysPodWithTwoErroredContainers_JoinsWaitingMessages()
    {
        var pod = Pod("Always", "Running", """
              containerStatuses:
              - name: a
                state: {waiting: {reason: CreateContainerConfigError, message: "secret missing"}}
              - name: b
                state: {waiting: {reason: ErrImagePull, message: "pull failed"}}
            """);

        Assert.Equal(HealthStatus.Degraded("secret missing, pull failed"), _rule.Assess(pod));
    }

    [Theory]
    [InlineData("boom", "Error", 2, "boom")]
    [InlineData("", "OOMKilled", 137, "OOMKilled")]
    [InlineData("", "Error", 3, "container \"init\" failed with exit code 3")]
    public void Assess_FailedPodWithTerminatedInitContainer_UsesFirstFailureMessage(
        string message, string reason, int exitCode, string expected)
    {
        var pod = Pod("Never", "Failed", $"""
              initContainerStatuses:
              - name: init
                state:
                  terminated:
                    message: "{message}"
                    reason: {reason}
                    exitCode: {exitCode}
              containerStatuses:
              - name: main
                state:
                  terminated:
                    exitCode: 1
            """);

        Assert.Equal(HealthStatus.Degraded(expected), _rule.Assess(pod));
    }

    [Fact]
    public void Assess_FailedPodWithStatusMessage_StatusMessageWins()
    {
        var pod = Pod("Never", "Failed", """
              message: "The node was low on resource: memory."
              containerStatuses:
              - name: main
                state: {terminated: {exitCode: 1}}
            """);

        Assert.Equal(HealthStatus.Degraded("The node was low on resource: memory."), _rule.Assess(pod));
    }

    [Theory]
    [InlineData("Never")]
    [InlineData("OnFailure")]
    public void Assess_RunToCompletionPodReady_StaysProgressing(string restartPolicy)
    {
        var pod = Pod(restartPolicy, "Running", """
              conditions:
              - {type: Ready, status: "True"}
            """);

        Assert.Equal(HealthStatusCode.Progressing, _rule.Assess(pod).Code);
    }

    [Fact]
    public void Assess_UnrecognisedPhase_IsUnknown()
    {
        Assert.Equal(HealthStatusCode.Unknown, _rule.Assess(Pod("Always", "Weird", "")).Code);
    }

    [Fact]
    public void Assess_IgnoreRestartPolicyOnHelmHook_NotHonoured()
    {
        var pod = Pod("Never", "Running", """
              conditions:
              - {type: Ready, status: "True"}
            """, """
              annotations:
                argocd.argoproj.io/ignore-restart-policy: "true"
                helm.sh/hook: post-install
            """);

        Assert.Equal(HealthStatusCode.Progressing, _rule.Assess(pod).Code);
    }

    [Fact]
    public void Assess_UnsupportedApiVersion_Throws()
    {
        var pod = YamlFixture.Parse("apiVersion: v2\nkind: Pod\nmetadata: {name: p}\n");

        var error = Assert.Throws<HealthCheckException>(() => _rule.Assess(pod));
        Assert.Equal("unsupported Pod GVK: /v2, Kind=Pod", error.Message);
    }

    private static Model.KubeObject Pod(string restartPolicy, string phase, string statusExtra, string metadataExtra = "") =>
        YamlFixture.Parse($"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            {metadataExtra}
            spec:
              restartPolicy: {restartPolicy}
            status:
              phase: {phase}
            {statusExtra}
            """);
}
