namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>One Dockerfile instruction with its continuation lines joined.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments, int Line)
{
    /// <summary>The arguments split on whitespace (our Dockerfile uses no quoting inside RUN/COPY).</summary>
    public IReadOnlyList<string> Words =>
        Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
