namespace HookSync.Testing;

/// <summary>One broken-manifest case: what to load and the single error diagnostic it must produce.</summary>
/// <param name="Name">The case's file or directory under the corpus folder (what to pass as PATH).</param>
/// <param name="Code">The expected diagnostic code.</param>
/// <param name="File">The expected diagnostic file, relative to the corpus folder, forward slashes.</param>
/// <param name="Line">The expected 1-based line.</param>
/// <param name="MessageFragment">Text the message must contain (ordinal).</param>
public sealed record BrokenCase(string Name, string Code, string File, int Line, string MessageFragment)
{
    // xunit prints theory data with ToString; the case name is what a reader needs.
    public override string ToString() => Name;
}
