using HookSync.Core.Health;
using HookSync.Core.Reporting;

namespace HookSync.Core.Tests.Health;

public sealed class OutcomeTests
{
    [Theory]
    [InlineData(HealthStatusCode.Healthy, TaskState.Succeeded)]
    [InlineData(HealthStatusCode.Progressing, TaskState.Running)]
    [InlineData(HealthStatusCode.Suspended, TaskState.Running)]
    [InlineData(HealthStatusCode.Degraded, TaskState.Failed)]
    [InlineData(HealthStatusCode.Unknown, TaskState.Failed)]
    public void HookOutcome_Health_MapsPerP7WithHealthMessage(HealthStatusCode code, TaskState expected)
    {
        var (state, message) = HookOutcome.From(new HealthStatus(code, "msg"));

        Assert.Equal(expected, state);
        Assert.Equal("msg", message);
    }

    [Fact]
    public void HookOutcome_NoHealth_SucceededWithEmptyMessage()
    {
        Assert.Equal((TaskState.Succeeded, string.Empty), HookOutcome.From(null));
    }

    [Theory]
    [InlineData(HealthStatusCode.Healthy, TaskState.Succeeded)]
    [InlineData(HealthStatusCode.Degraded, TaskState.Failed)]
    [InlineData(HealthStatusCode.Progressing, TaskState.Running)]
    [InlineData(HealthStatusCode.Suspended, TaskState.Running)]
    [InlineData(HealthStatusCode.Unknown, TaskState.Running)]
    [InlineData(HealthStatusCode.Missing, TaskState.Running)]
    public void ResourceOutcome_Health_MapsPerS3(HealthStatusCode code, TaskState expected)
    {
        Assert.Equal(expected, ResourceOutcome.From(new HealthStatus(code, "m")).State);
    }

    [Fact]
    public void ResourceOutcome_NoHealth_Succeeded()
    {
        Assert.Equal(TaskState.Succeeded, ResourceOutcome.From(null).State);
    }
}
