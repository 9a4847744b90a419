using HookSync.CiPlatforms;
using HookSync.CiPlatforms.Review;
using HookSync.Cli.Options;
using HookSync.Core.Diagnostics;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Core.Security;

namespace HookSync.Cli.Commands;

/// <summary>
/// <c>hooksync comment</c>: plans like <c>plan</c>, then upserts one comment on the pull or merge request (README "Comment on
/// the pull request"). The exit code is the plan's: a comment that could not be posted is a warning, never a failed job.
/// </summary>
internal static class CommentCommand
{
    public static async Task<int> RunAsync(CommentOptions options, HookSyncDependencies deps, CancellationToken cancellationToken)
    {
        var request = SourceRequest.From(options, deps.Platforms, deps.Environment, deps.CurrentDirectory);
        string? diff = null;
        if (!string.IsNullOrWhiteSpace(options.DiffFile))
        {
            var diffPath = Path.GetFullPath(options.DiffFile, deps.CurrentDirectory);
            diff = File.Exists(diffPath)
                ? await File.ReadAllTextAsync(diffPath, cancellationToken)
                : throw new UsageException($"--diff-file {options.DiffFile} does not exist.");
        }
        var appName = SyncRequest.AppName(options.App, deps.Platforms.RepositoryName(deps.Environment), request.WorkspaceDirectory, request.Repo);
        using var source = await PlannedSource.CreateAsync(request, deps, BuiltInScopes.Instance, request.Namespace ?? "default", cancellationToken,
            timePlaceholder: true);
        var plan = source.Plan;
        var report = ExitCodeMap.Stamp(PlanReports.From(plan));
        var redactor = new SecretRedactor();
        foreach (var value in ManifestSecrets.Of(plan.Tasks.Select(t => t.Object)))
        {
            redactor.Register(value);
        }
        if (request.ReportPath is { } path)
        {
            await File.WriteAllTextAsync(path, ReportJsonWriter.ToJson(report, redactor.Redact), cancellationToken);
        }
        var body = ReviewCommentBody.Render(appName, report, diff, redactor.Redact);
        if (options.Print)
        {
            await deps.Out.WriteAsync(body);
            return report.ExitCode!.Value;
        }
        await deps.Out.WriteAsync(PlanPrinter.Render(plan));

        var platform = deps.Platforms.Resolve(request.Ci, deps.Environment);
        var commenter = deps.Commenters.FirstOrDefault(c => c.PlatformName == platform.Name);
        var result = commenter is null
            ? new ReviewCommentResult(ReviewCommentOutcome.NotOnReview, $"no pull or merge request on CI platform '{platform.Name}'")
            : await commenter.UpsertAsync(deps.Environment, ReviewCommentBody.Marker(appName), body, cancellationToken);
        var said = result.Outcome switch
        {
            ReviewCommentOutcome.Created or ReviewCommentOutcome.Updated => Diagnostic.Notice(DiagnosticCodes.ReviewCommentPosted, $"comment: {result.Message}", null),
            ReviewCommentOutcome.NotOnReview => Diagnostic.Notice(DiagnosticCodes.ReviewCommentSkipped, $"comment: {result.Message}; nothing posted", null),
            _ => Diagnostic.Warning(DiagnosticCodes.ReviewCommentFailed,
                $"comment not posted: {result.Message}. The exit code is the plan's; the comment is best effort", null),
        };
        if (platform.Name != LocalConsole.PlatformName)
        {
            // On a CI platform the warning becomes an annotation, and the outputs are set as for plan.
            var reporter = platform.CreateReporter(new ReporterContext(deps.Environment, deps.Out, deps.Error, redactor, deps.Time,
                Color: false, request.ReportPath));
            reporter.Begin(new RunInfo("comment", plan.Context.Revision, "(no cluster)", DryRun: false));
            reporter.ReportDiagnostics([.. plan.Diagnostics, said]);
            reporter.Complete(report with { Diagnostics = [.. report.Diagnostics, said] });
        }
        else
        {
            await (said.Severity == DiagnosticSeverity.Warning ? deps.Error : deps.Out)
                .WriteLineAsync($"{said.Severity.ToString().ToLowerInvariant()} {said.Code}: {redactor.Redact(said.Message)}");
        }
        return report.ExitCode!.Value;
    }
}
