namespace HookSync.Core.Ports;

/// <summary>
/// Posts one sticky comment on the pull or merge request a CI job runs for (README "Comment on the pull request"). Each
/// platform owns its facts: which variables name the request, the token, the API and its pagination.
/// </summary>
public interface IReviewCommenter
{
    /// <summary>The <see cref="ICiPlatform.Name"/> of the platform this commenter serves.</summary>
    string PlatformName { get; }

    /// <summary>
    /// Finds the comment holding <paramref name="marker"/> and replaces its body, or creates one. Never throws for an HTTP or
    /// network failure: that is a <see cref="ReviewCommentOutcome.Failed"/> result whose message says what to fix.
    /// </summary>
    Task<ReviewCommentResult> UpsertAsync(IEnvironment environment, string marker, string body, CancellationToken cancellationToken);
}
