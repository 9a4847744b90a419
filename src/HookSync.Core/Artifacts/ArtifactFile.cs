namespace HookSync.Core.Artifacts;

/// <summary>One file for the artifacts directory: a relative path made only of sanitized segments, and its text.</summary>
public sealed record ArtifactFile(string RelativePath, string Content);
