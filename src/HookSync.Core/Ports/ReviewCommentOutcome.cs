namespace HookSync.Core.Ports;

/// <summary>What became of a review comment.</summary>
public enum ReviewCommentOutcome
{
    /// <summary>The job does not run for a pull or merge request; nothing was posted.</summary>
    NotOnReview,
    /// <summary>No comment held the marker; one was created.</summary>
    Created,
    /// <summary>The comment holding the marker was updated in place.</summary>
    Updated,
    /// <summary>Posting failed (token, permission, network); the message says why and what to fix.</summary>
    Failed,
}
