using HookSync.Core.Health;
using HookSync.Core.Reporting;

namespace HookSync.Core.Tests.Health;

public sealed class OutcomeTests
{
    [Theory]
    [InlineData(HealthStatusCode.Healthy, OperationPhase.Succeeded)]
    [InlineData(HealthStatusCode.Progressing, OperationPhase.Running)]
    [InlineData(HealthStatusCode.Suspended, OperationPhase.Running)]
    [InlineData(HealthStatusCode.Degraded, OperationPhase.Failed)]
    [InlineData(HealthStatusCode.Unknown, OperationPhase.Failed)]
    public void HookOutcome_Health_MapsPerP7WithHealthMessage(HealthStatusCode code, OperationPhase expected)
    {
        var (state, message) = HookOutcome.From(new HealthStatus(code, "msg"));

        Assert.Equal(expected, state);
        Assert.Equal("msg", message);
    }

    [Fact]
    public void HookOutcome_NoHealth_SucceededWithEmptyMessage()
    {
        Assert.Equal((OperationPhase.Succeeded, string.Empty), HookOutcome.From(null));
    }

    [Theory]
    [InlineData(HealthStatusCode.Healthy, OperationPhase.Succeeded)]
    [InlineData(HealthStatusCode.Degraded, OperationPhase.Failed)]
    [InlineData(HealthStatusCode.Progressing, OperationPhase.Running)]
    [InlineData(HealthStatusCode.Suspended, OperationPhase.Running)]
    [InlineData(HealthStatusCode.Unknown, OperationPhase.Running)]
    [InlineData(HealthStatusCode.Missing, OperationPhase.Running)]
    public void ResourceOutcome_Health_MapsPerS3(HealthStatusCode code, OperationPhase expected)
    {
        Assert.Equal(expected, ResourceOutcome.From(new HealthStatus(code, "m")).State);
    }

    [Fact]
    public void ResourceOutcome_NoHealth_Succeeded()
    {
        Assert.Equal(OperationPhase.Succeeded, ResourceOutcome.From(null).State);
    }
}
