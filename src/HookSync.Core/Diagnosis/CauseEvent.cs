namespace HookSync.Core.Diagnosis;

/// <summary>One Kubernetes Event behind a <see cref="FailureCause"/>.</summary>
/// <param name="Time">lastTimestamp, eventTime or firstTimestamp; null when the server gave none.</param>
/// <param name="Type"><c>Normal</c> or <c>Warning</c>.</param>
/// <param name="Reason">e.g. <c>Failed</c>, <c>BackOff</c>, <c>FailedScheduling</c>, <c>FailedCreate</c>.</param>
/// <param name="Message">The Event's message.</param>
/// <param name="Object">The involved object, <c>Kind/name</c>.</param>
public sealed record CauseEvent(DateTimeOffset? Time, string Type, string Reason, string Message, string Object);
