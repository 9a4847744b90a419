using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using Moq;

namespace HookSync.Core.Tests.Planning;

public sealed class DiscoveredScopesTests
{
    private static readonly GroupVersionKind Deployment = new("apps", "v1", "Deployment");
    private static readonly GroupVersionKind ConfigMap = new(string.Empty, "v1", "ConfigMap");
    private static readonly GroupVersionKind Widget = new("example.com", "v1", "Widget");

    [Fact]
    public async Task LoadAsync_AsksForEveryKindBeforeAnyAnswer()
    {
        // Each lookup is held until all three were asked: one after another, the first would never be answered.
        var asked = 0;
        var allAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cluster = new Mock<IClusterClient>(MockBehavior.Strict);
        cluster.Setup(c => c.FindResourceAsync(It.IsAny<GroupVersionKind>(), It.IsAny<CancellationToken>()))
            .Returns(async (GroupVersionKind gvk, CancellationToken token) =>
            {
                if (Interlocked.Increment(ref asked) == 3)
                {
                    allAsked.SetResult();
                }
                await allAsked.Task.WaitAsync(TimeSpan.FromSeconds(30), token);
                return gvk == Widget ? null : new ApiResource(gvk, gvk.Kind.ToLowerInvariant() + "s", gvk != Widget);
            });

        var scopes = await DiscoveredScopes.LoadAsync(cluster.Object, [Deployment, ConfigMap, Deployment, Widget], BuiltInScopes.Instance,
            CancellationToken.None);

        Assert.Equal(3, asked);
        Assert.True(scopes.IsNamespaced(Deployment.GroupKind));
        Assert.True(scopes.IsNamespaced(ConfigMap.GroupKind));
        // Not served: left to the fallback, which does not know it either.
        Assert.Null(scopes.IsNamespaced(Widget.GroupKind));
    }
}
