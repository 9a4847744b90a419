using HookSync.Core.Execution;
using HookSync.Core.Health;
using HookSync.Core.Reporting;

namespace HookSync.Core.Tests.Execution;

/// <summary>The health → task state mapping the executor uses (S3 for resources, P7 for hooks).</summary>
public sealed class HealthMappingTests
{
    [Theory]
    [InlineData(HealthStatusCode.Healthy, OperationPhase.Succeeded)]
    [InlineData(HealthStatusCode.Progressing, OperationPhase.Running)]
    [InlineData(HealthStatusCode.Suspended, OperationPhase.Running)]
    [InlineData(HealthStatusCode.Degraded, OperationPhase.Failed)]
    [InlineData(HealthStatusCode.Unknown, OperationPhase.Failed)]
    [InlineData(HealthStatusCode.Missing, OperationPhase.Running)]
    public void From_HookHealth_MapsPerP7WithHealthMessage(HealthStatusCode code, OperationPhase expected)
    {
        var (state, message) = HealthMapping.From(isHook: true, new HealthStatus(code, "msg"));

        Assert.Equal(expected, state);
        Assert.Equal("msg", message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void From_NoHealthCheck_SucceededKeepingTheApplyMessage(bool isHook)
    {
        Assert.Equal((OperationPhase.Succeeded, (string?)null), HealthMapping.From(isHook, null));
    }

    [Theory]
    [InlineData(HealthStatusCode.Healthy, OperationPhase.Succeeded)]
    [InlineData(HealthStatusCode.Degraded, OperationPhase.Failed)]
    [InlineData(HealthStatusCode.Progressing, OperationPhase.Running)]
    [InlineData(HealthStatusCode.Suspended, OperationPhase.Running)]
    [InlineData(HealthStatusCode.Unknown, OperationPhase.Running)]
    [InlineData(HealthStatusCode.Missing, OperationPhase.Running)]
    public void From_ResourceHealth_MapsPerS3(HealthStatusCode code, OperationPhase expected)
    {
        Assert.Equal(expected, HealthMapping.From(isHook: false, new HealthStatus(code, "m")).State);
    }

    [Fact]
    public void FromCheckError_Hook_ErrorWithReason()
    {
        Assert.Equal((OperationPhase.Error, "failed to get resource health: boom"), HealthMapping.FromCheckError(isHook: true, "boom"));
    }

    [Fact]
    public void FromCheckError_Resource_LeftAsItIs()
    {
        Assert.Null(HealthMapping.FromCheckError(isHook: false, "boom"));
    }
}
