namespace HookSync.Core.Ports;

/// <summary>Which files to read.</summary>
/// <param name="Workspace">Absolute root; reported paths are relative to it, with forward slashes.</param>
/// <param name="Paths">Files or directories relative to the workspace (default <c>.</c>).</param>
/// <param name="Recursive">Descend into sub-directories (<c>-R</c>).</param>
/// <param name="Include">Glob filters relative to the workspace; a file must match one when any are given.</param>
/// <param name="Exclude">Glob filters relative to the workspace; a matching file is not read.</param>
public sealed record ManifestQuery(
    string Workspace,
    IReadOnlyList<string> Paths,
    bool Recursive,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude);
