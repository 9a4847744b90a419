using HookSync.Cli.Cluster;
using HookSync.Core.Artifacts;
using HookSync.Core.Diagnostics;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Cli.Commands;

/// <summary>
/// Writes the failure artifacts of <c>sync</c> (README "Failure artifacts") to <c>--artifacts-dir</c> or the platform's default,
/// after the run and before the reports: best effort, within <see cref="Budget"/>, never changing the result.
/// </summary>
internal static class ArtifactsStep
{
    /// <summary>Reading objects, events and logs after a failure must not hold the pipeline long.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromMinutes(1);

    public static async Task<SyncReport> WriteAsync(SyncReport report, SyncRequest request, ICiPlatform platform, ClusterSession cluster,
        IRunReporter reporter, ISecretRedactor redactor, HookSyncDependencies deps, CancellationToken cancellationToken)
    {
        var directory = request.ArtifactsDirectory ?? platform.DefaultArtifactsDirectory(deps.Environment);
        var failed = report.Tasks.Count(FailureArtifacts.IsFailed);
        if (directory is null || failed == 0 || request.Run.DryRun || cancellationToken.IsCancellationRequested)
        {
            return report;
        }
        using var budget = new CancellationTokenSource(Budget, deps.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var root = Path.GetFullPath(directory);
        string? problem = null;
        try
        {
            var files = await FailureArtifacts.CollectAsync(cluster.Client, report, redactor.Redact, linked.Token);
            var written = 0;
            foreach (var file in files)
            {
                // The names are sanitized already; a path that still leaves the directory is never written.
                var path = Path.GetFullPath(Path.Combine(root, file.RelativePath));
                if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, file.Content, linked.Token);
                written++;
            }
            var elapsed = report.StartedAt is { } start ? deps.Time.GetUtcNow() - start : TimeSpan.Zero;
            reporter.OnEvent(new SyncNote(elapsed, $"artifacts of {failed} failed task{(failed == 1 ? string.Empty : "s")}: {written} files in {root}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            problem = $"reading them took longer than {Budget.TotalSeconds:0} s";
        }
        catch (OperationCanceledException)
        {
            // CI cancelled the run: the reports come first.
        }
        catch (ClusterException e)
        {
            problem = e.Message;
        }
        catch (IOException e)
        {
            problem = e.Message;
        }
        catch (UnauthorizedAccessException e)
        {
            problem = e.Message;
        }
        if (problem is null)
        {
            return report;
        }
        var warning = Diagnostic.Warning(DiagnosticCodes.ArtifactsNotWritten, $"the failure artifacts were not all written to {root}: {problem}", null);
        reporter.ReportDiagnostics([warning]);
        return report with { Diagnostics = [.. report.Diagnostics, warning] };
    }
}
