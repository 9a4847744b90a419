namespace HookSync.Core.Diagnosis;

/// <summary>
/// Why a task failed, timed out or got stuck, in plain words: a stable code, what happened, what a senior engineer would
/// try first, and the Events that show it. Every string came from the server or a manifest: reporters escape it per channel.
/// </summary>
/// <param name="Code">One of <see cref="CauseCodes"/>.</param>
/// <param name="Message">What happened, quoting the server (image, exit code, webhook name, quota...).</param>
/// <param name="Hint">The fix to try first.</param>
/// <param name="Events">The Events that show it, oldest first (at most <see cref="FailureClassifier.MaxEvents"/>).</param>
/// <param name="Object">The object involved, <c>Kind/name</c> (the pod, the ReplicaSet, or the task's object).</param>
public sealed record FailureCause(string Code, string Message, string Hint, IReadOnlyList<CauseEvent> Events, string Object)
{
    /// <summary>The cause on one line, for dotenv, outputs and annotation titles: <c>Code: message</c>, line breaks folded.</summary>
    public string OneLine => $"{Code}: {Message}".ReplaceLineEndings(" ");
}
