namespace HookSync.Core.Ports;

/// <summary>The outcome of <see cref="IReviewCommenter.UpsertAsync"/>. Its message never holds the token.</summary>
/// <param name="Outcome">Created, updated, not on a review, or failed.</param>
/// <param name="Message">For people: where the comment is, or what went wrong and what to fix.</param>
/// <param name="CommentId">The comment (note) id when one was created or updated.</param>
/// <param name="HttpStatus">The status of the failing HTTP answer, when there was one.</param>
public sealed record ReviewCommentResult(ReviewCommentOutcome Outcome, string Message, long? CommentId = null, int? HttpStatus = null);
