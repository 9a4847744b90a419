using HookSync.Core.Ports;

namespace HookSync.Cli;

/// <summary>
/// A review commenter built on its first comment: only <c>comment</c> posts one, and building the HTTP client for every
/// <c>plan</c> or <c>sync</c> cost about 10 ms of start-up (docs/benchmarks.md "Start-up").
/// </summary>
internal sealed class DeferredReviewCommenter(string platformName, Func<IReviewCommenter> create) : IReviewCommenter
{
    private readonly Lazy<IReviewCommenter> _commenter = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    public string PlatformName { get; } = platformName;

    public Task<ReviewCommentResult> UpsertAsync(IEnvironment environment, string marker, string body, CancellationToken cancellationToken) =>
        _commenter.Value.UpsertAsync(environment, marker, body, cancellationToken);
}
