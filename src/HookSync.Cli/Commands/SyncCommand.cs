using HookSync.Cli.Cluster;
using HookSync.Cli.Options;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;

namespace HookSync.Cli.Commands;

/// <summary><c>hooksync sync</c>: credentials → workspace → plan → report plan → execute → reports; returns the exit code.</summary>
internal static class SyncCommand
{
    public static async Task<int> RunAsync(SyncVerbOptions options, HookSyncDependencies deps, ShutdownSignal signal)
    {
        var request = SyncRequest.From(options, deps.Platforms, deps.Environment, deps.CurrentDirectory);
        var redactor = new SecretRedactor();
        // Contract §4: every secret is known before the first line is printed (GitHub masks must come first).
        CredentialSecrets.Register(request.Credentials, deps.Environment, redactor);
        var platform = deps.Platforms.Resolve(request.Source.Ci, deps.Environment);
        // Contract §5: in CI the report is written by default where later steps and artifacts find it.
        var reportPath = request.Source.ReportPath ?? platform.DefaultReportPath(deps.Environment);
        var color = deps.OutputIsTerminal && string.IsNullOrEmpty(deps.Environment.Get("NO_COLOR"));
        var reporter = platform.CreateReporter(new ReporterContext(deps.Environment, deps.Out, deps.Error, redactor, deps.Time, color, reportPath));
        var startedAt = deps.Time.GetUtcNow();

        ClusterSession cluster;
        try
        {
            cluster = await deps.Clusters.OpenAsync(request, redactor, signal.Token);
        }
        catch (ClusterConfigurationException e)
        {
            // Contract §4: no credentials (or unusable ones) is a configuration error, exit 2, never a localhost fallback.
            reporter.Begin(new RunInfo("sync", request.Source.Revision ?? "HEAD", "(no cluster)", request.Run.DryRun));
            var failed = ExitCodeMap.Stamp(RunReports.Error(null, request.Source.Revision ?? "", startedAt, deps.Time.GetUtcNow(),
                EndReason.Misconfigured, e.Message));
            reporter.Complete(failed);
            return failed.ExitCode!.Value;
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
                report = RunReports.Failed(plan, startedAt, deps.Time.GetUtcNow(), EndReason.InvalidManifests,
                    "the manifests have errors; nothing was applied");
            }
            else
            {
                var executor = deps.Executors(cluster.Client, reporter);
                report = await executor.RunAsync(plan, request.Run, signal.Token);
                // Core cannot tell an interrupt from a termination; the signal that cancelled the run can.
                if (report.Result == SyncResult.Cancelled && signal.Reason is { } reason)
                {
                    report = report with { Reason = reason };
                }
            }
        }
        catch (ClusterException e) when (e.IsEnvironmentFailure || e.Kind is ClusterFailureKind.Forbidden)
        {
            report = RunReports.Error(source?.Plan, request.Source.Revision ?? "", startedAt, deps.Time.GetUtcNow(),
                EndReason.EnvironmentFailure, $"cannot reach the cluster at {cluster.Target}: {e.Message}");
        }
        finally
        {
            source?.Dispose();
        }

        report = ExitCodeMap.Stamp(report);
        if (reportPath is not null)
        {
            await WriteReportAsync(reportPath, report, redactor);
        }
        reporter.Complete(report);
        return report.ExitCode!.Value;
    }

    private static async Task WriteReportAsync(string path, SyncReport report, SecretRedactor redactor)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, ReportJsonWriter.ToJson(report, redactor.Redact));
    }
}
