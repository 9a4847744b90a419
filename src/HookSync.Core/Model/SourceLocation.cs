namespace HookSync.Core.Model;

/// <summary>Where a document came from: a workspace-relative path with forward slashes and the 1-based line where it starts.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
