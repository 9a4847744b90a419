using HookSync.Core.Diff;

namespace HookSync.Core.Ports;

/// <summary>Shows the result of <c>hooksync diff</c> the way a CI platform expects (console colours, GitLab sections, GitHub's step summary).</summary>
public interface IDiffPublisher
{
    /// <summary>Prints the text diff to standard output (only with <c>--format text</c>).</summary>
    void Print(DiffReport report);

    /// <summary>Writes the diff where the platform shows a job's summary (GitHub's step summary); nothing elsewhere.</summary>
    /// <param name="report">The diff.</param>
    /// <param name="target">The cluster it was made against, without secrets.</param>
    /// <param name="exitCode">The exit code of the run.</param>
    void Summarize(DiffReport report, string target, int exitCode);
}
