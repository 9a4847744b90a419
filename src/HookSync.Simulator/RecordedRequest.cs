namespace HookSync.Simulator;

/// <summary>
/// One request as the simulator saw it. Query has no leading '?'. Verb is a Kubernetes-style verb: get, list, watch,
/// create, apply, patch, update, delete, deletecollection, discovery or log (null for paths that are none of these).
/// </summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? ContentType, int StatusCode, string? Verb);
