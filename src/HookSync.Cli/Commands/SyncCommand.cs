using HookSync.Cli.Options;
using HookSync.CiPlatforms;
using HookSync.Core.Execution;
using HookSync.Core.Health;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Core.Security;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;

namespace HookSync.Cli.Commands;

/// <summary><c>hooksync sync</c>: credentials → workspace → plan → report plan → execute → reports; returns the exit code.</summary>
internal static class SyncCommand
{
    public static async Task<int> RunAsync(SyncVerbOptions options, HookSyncDependencies deps, ShutdownSignal signal)
    {
        var request = SyncRequest.From(options, deps.Environment, deps.CurrentDirectory);
        var redactor = new SecretRedactor();
        // README Cluster credentials: every secret is known before the first line is printed (GitHub masks must come first).
        CredentialSecrets.Register(deps.Environment, redactor);
        var platform = CiPlatformResolver.Resolve(request.Source.Ci, deps.Environment);
        var reportPath = request.Source.ReportPath ?? DefaultReportPath(platform, deps.Environment);
        var color = deps.OutputIsTerminal && string.IsNullOrEmpty(deps.Environment.Get("NO_COLOR"));
        var reporter = platform.CreateReporter(new ReporterContext(deps.Environment, deps.Out, deps.Error, redactor, deps.Time, color, reportPath));
        var startedAt = deps.Time.GetUtcNow();

        ClusterSession cluster;
        try
        {
            cluster = await ClusterSession.OpenAsync(request, deps, redactor, signal.Token);
        }
        catch (ClusterConfigurationException e)
        {
            // README Cluster credentials: no credentials (or unusable ones) is a configuration error, exit 2, never a localhost fallback.
            reporter.Begin(new RunInfo("sync", request.Source.Revision ?? "HEAD", "(no cluster)", request.Run.DryRun));
            var failed = RunReports.Error(null, request.Source.Revision ?? "", startedAt, deps.Time.GetUtcNow(), e.ExitCode, e.Message);
            reporter.Complete(failed);
            return failed.ExitCode;
        }
        await using var session = cluster;
        reporter.Begin(new RunInfo("sync", request.Source.Revision ?? "HEAD", cluster.Target, request.Run.DryRun));

        SyncReport report;
        PlannedSource? source = null;
        try
        {
            source = await PlannedSource.CreateAsync(request.Source, deps,
                async (docs, ct) => await DiscoveredScopes.LoadAsync(cluster.Client, docs.Select(d => d.Object.Gvk), BuiltInScopes.Instance, ct),
                request.Source.Namespace ?? cluster.DefaultNamespace ?? "default", signal.Token);
            var plan = source.Plan;
            reporter.OnEvent(new SyncNote(TimeSpan.Zero,
                $"revision {plan.Context.Revision}, {plan.Tasks.Count} tasks from {source.Workspace.Root}"));
            reporter.ReportDiagnostics(plan.Diagnostics);
            reporter.ReportPlan(plan);
            if (plan.HasErrors)
            {
                report = RunReports.Failed(plan, startedAt, deps.Time.GetUtcNow(), ExitCodes.InvalidManifests,
                    "the manifests have errors; nothing was applied");
            }
            else
            {
                var executor = new SyncExecutor(cluster.Client, reporter, deps.Time, HealthAssessor.Default);
                report = await executor.RunAsync(plan, request.Run, signal.Token);
                if (report.Result == SyncResult.Cancelled && signal.ExitCode is { } code)
                {
                    report = report with { ExitCode = code };
                }
            }
        }
        catch (ClusterException e) when (e.IsEnvironmentFailure || e.Kind is ClusterFailureKind.Forbidden)
        {
            report = RunReports.Error(source?.Plan, request.Source.Revision ?? "", startedAt, deps.Time.GetUtcNow(),
                ExitCodes.EnvironmentError, $"cannot reach the cluster at {cluster.Target}: {e.Message}");
        }
        finally
        {
            source?.Dispose();
        }

        if (reportPath is not null)
        {
            await WriteReportAsync(reportPath, report, redactor);
        }
        reporter.Complete(report);
        return report.ExitCode;
    }

    private static async Task WriteReportAsync(string path, SyncReport report, SecretRedactor redactor)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, ReportJsonWriter.ToJson(report, redactor.Redact));
    }

    // README Reports: in CI the report is written by default where later steps and artifacts find it.
    private static string? DefaultReportPath(ICiPlatform platform, IEnvironment env) => platform.Name switch
    {
        "github" when env.Get("RUNNER_TEMP") is { Length: > 0 } temp => Path.Combine(temp, "hooksync-report.json"),
        "gitlab" when env.Get("CI_PROJECT_DIR") is { Length: > 0 } dir => Path.Combine(dir, "hooksync-report.json"),
        _ => null,
    };
}
