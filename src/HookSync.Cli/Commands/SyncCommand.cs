using HookSync.Cli.Cluster;
using HookSync.Cli.Options;
using HookSync.Core.Diagnostics;
using HookSync.Core.Inventory;
using HookSync.Core.Locking;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;
using HookSync.Simulator;

namespace HookSync.Cli.Commands;

/// <summary>
/// <c>hooksync sync</c>: credentials → workspace → plan → lock → execute → reports; returns the exit code. Every way out,
/// a cancellation at any moment included, ends with a stamped report written and reported.
/// </summary>
internal static class SyncCommand
{
    public static async Task<int> RunAsync(SyncVerbOptions options, HookSyncDependencies deps, ShutdownSignal signal)
    {
        var request = SyncRequest.From(options, deps.Platforms, deps.Environment, deps.CurrentDirectory);
        var redactor = new SecretRedactor();
        // Every secret is known before the first line is printed (GitHub masks must come first).
        CredentialSecrets.Register(request.Credentials, deps.Environment, redactor);
        foreach (var value in RenderSettingsFactory.SecretValues(request.Source.Render))
        {
            redactor.Register(value);
        }
        var platform = deps.Platforms.Resolve(request.Source.Ci, deps.Environment);
        // In CI the report is written by default (README "Reports") where later steps and artifacts find it.
        var reportPath = request.Source.ReportPath ?? platform.DefaultReportPath(deps.Environment);
        var color = deps.OutputIsTerminal && string.IsNullOrEmpty(deps.Environment.Get("NO_COLOR"));
        var reporter = platform.CreateReporter(new ReporterContext(deps.Environment, deps.Out, deps.Error, redactor, deps.Time, color, reportPath));
        var startedAt = deps.Time.GetUtcNow();
        var revision = request.Source.Revision ?? string.Empty;
        SyncReport Early(SyncPlan? plan, EndReason reason, string message) =>
            RunReports.Error(plan, revision, startedAt, deps.Time.GetUtcNow(), reason, message);

        // Opening the cluster (kubeconfig, credentials, client) and reading the workspace (clone, render, parse) do not depend on
        // each other until discovery, so both start at once and the slower one hides the other (docs/benchmarks.md). A Helm
        // chart alone waits for the cluster, for its capabilities.
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(signal.Token);
        var opening = Task.Run(() => deps.Clusters.OpenAsync(request, redactor,
            message => reporter.OnEvent(new SyncNote(deps.Time.GetUtcNow() - startedAt, message)), signal.Token));
        var reading = Task.Run(() => PlannedSource.ReadAsync(request.Source, deps, new DeferredCapabilities(opening), stopReading.Token));
        ClusterSession cluster;
        try
        {
            cluster = await opening;
        }
        catch (ClusterConfigurationException e)
        {
            await AbandonAsync(reading, stopReading);
            // No credentials (or unusable ones) is a configuration error, exit 2, never a localhost fallback. The summary still
            // shows what is known: the revision and the plan, as planned offline.
            var offline = await OfflinePlanAsync(request, deps, redactor, signal.Token);
            reporter.Begin(new RunInfo("sync", offline?.Context.Revision ?? request.Source.Revision ?? "HEAD", "(no cluster)", request.Run.DryRun));
            return await FinishAsync(Early(offline, EndReason.Misconfigured, NotReached(e.Message, offline, request, "no cluster was contacted")),
                reporter, reportPath, redactor);
        }
        catch (OperationCanceledException) when (signal.Token.IsCancellationRequested)
        {
            await AbandonAsync(reading, stopReading);
            reporter.Begin(new RunInfo("sync", request.Source.Revision ?? "HEAD", "(no cluster)", request.Run.DryRun));
            return await FinishAsync(Cancelled(null, revision, startedAt, deps, signal), reporter, reportPath, redactor);
        }
        await using var session = cluster;
        reporter.Begin(new RunInfo("sync", request.Source.Revision ?? "HEAD", cluster.Target, request.Run.DryRun));

        SyncReport report;
        PlannedSource? source = null;
        try
        {
            source = await PlannedSource.PlanAsync(await reading, request.Source, deps,
                async (docs, ct) => await DiscoveredScopes.LoadAsync(cluster.Client, docs.Select(d => d.Object.Gvk), BuiltInScopes.Instance, ct),
                () => request.Source.Namespace ?? cluster.DefaultNamespace ?? "default", signal.Token);
            var plan = source.Plan;
            // A Secret's values are secrets from here on, whatever later quotes them (a server error, a hook log).
            foreach (var value in ManifestSecrets.Of(plan.Tasks.Select(t => t.Object)))
            {
                redactor.Register(value);
            }
            plan = plan with { Diagnostics = [.. plan.Diagnostics, .. UnmatchedSimulateFail(request, plan)] };
            reporter.OnEvent(new SyncNote(TimeSpan.Zero,
                $"revision {plan.Context.Revision}, {plan.Tasks.Count} tasks from {source.Workspace.Root}"));
            foreach (var rendered in source.Sources.Where(s => s.Type != SourceType.Directory))
            {
                reporter.OnEvent(new SyncNote(TimeSpan.Zero, $"source {rendered}"));
            }
            reporter.ReportDiagnostics(plan.Diagnostics);
            reporter.ReportPlan(plan);
            if (plan.HasErrors)
            {
                report = RunReports.Failed(plan, startedAt, deps.Time.GetUtcNow(), EndReason.InvalidManifests,
                    "the manifests have errors; nothing was applied");
            }
            else
            {
                report = await PreflightStep.RunAsync(plan, request, cluster, reporter, deps, startedAt, signal.Token)
                    ?? await LockedRunAsync(plan, request, cluster, deps, reporter, signal, startedAt);
            }
        }
        catch (ClusterException e) when (e.IsEnvironmentFailure || e.Kind is ClusterFailureKind.Forbidden)
        {
            // The adapter's message already names the server and the cause; say it once, then what was planned and not done.
            var cause = e.Kind == ClusterFailureKind.Unreachable ? e.Message : $"the cluster at {cluster.Target} answered {e.Kind}: {e.Message}";
            var plan = source?.Plan ?? await OfflinePlanAsync(request, deps, redactor, signal.Token);
            report = Early(plan, EndReason.EnvironmentFailure, NotReached(cause, plan, request, "the cluster was not reached"));
        }
        catch (OperationCanceledException) when (signal.Token.IsCancellationRequested)
        {
            // Cancelled before the engine started (workspace, discovery, waiting for the lock): nothing was applied.
            report = Cancelled(source?.Plan, revision, startedAt, deps, signal);
        }
        finally
        {
            source?.Dispose();
        }
        if (UnfiredFaults(cluster) is { Count: > 0 } unfired)
        {
            reporter.ReportDiagnostics(unfired);
            report = report with { Diagnostics = [.. report.Diagnostics, .. unfired] };
        }
        report = await ArtifactsStep.WriteAsync(report, request, platform, cluster, reporter, redactor, deps, signal.Token);
        return await FinishAsync(report, reporter, reportPath, redactor);
    }

    private static async Task<SyncReport> LockedRunAsync(SyncPlan plan, SyncRequest request, ClusterSession cluster,
        HookSyncDependencies deps, IRunReporter reporter, ShutdownSignal signal, DateTimeOffset startedAt)
    {
        RunLock? runLock = null;
        if (request.Lock is { } wanted)
        {
            var lockOptions = new LockOptions(wanted.Namespace ?? plan.Context.DefaultNamespace, LeaseName.For(request.Run.AppName),
                LockHolder.For(deps.Platforms.RunUrl(deps.Environment)), wanted.Timeout);
            try
            {
                runLock = await RunLock.AcquireAsync(cluster.Client, lockOptions, deps.Time,
                    message => reporter.OnEvent(new SyncNote(deps.Time.GetUtcNow() - startedAt, message)), signal.Token);
            }
            catch (LockTimeoutException e)
            {
                return RunReports.Error(plan, plan.Context.Revision, startedAt, deps.Time.GetUtcNow(), EndReason.LockHeld, e.Message);
            }
            catch (ClusterException e) when (e.Kind is ClusterFailureKind.Forbidden or ClusterFailureKind.NotFound or ClusterFailureKind.NotServed)
            {
                return RunReports.Error(plan, plan.Context.Revision, startedAt, deps.Time.GetUtcNow(), EndReason.EnvironmentFailure,
                    $"cannot take the sync lock (Lease {lockOptions.Namespace}/{lockOptions.Name}): {e.Message}; allow get, create, update and "
                    + $"delete on leases.coordination.k8s.io in {lockOptions.Namespace}, choose another namespace with --lock-namespace, or pass --no-lock");
            }
        }
        await using (runLock)
        {
            InventoryCycle? inventory = null;
            if (request.Inventory is { } stock)
            {
                var location = InventoryLocation.For(request.Run.AppName, stock.Namespace ?? plan.Context.DefaultNamespace);
                var settings = new PruneSettings(request.Run.AppName, stock.Prune, stock.Confirmed, plan.Context.RunOptions.PruneLast);
                inventory = new InventoryCycle(new InventoryStore(cluster.Client, location), settings, deps.Time);
                PreparedSync prepared;
                try
                {
                    prepared = await inventory.PrepareAsync(plan, signal.Token);
                }
                catch (InventoryFormatException e)
                {
                    return RunReports.Error(plan, plan.Context.Revision, startedAt, deps.Time.GetUtcNow(), EndReason.Misconfigured, e.Message);
                }
                foreach (var note in prepared.Notes)
                {
                    reporter.OnEvent(new SyncNote(deps.Time.GetUtcNow() - startedAt, note));
                }
                if (prepared.Refusal is { } refusal)
                {
                    return RunReports.Error(plan, plan.Context.Revision, startedAt, deps.Time.GetUtcNow(), EndReason.Misconfigured, refusal);
                }
                plan = prepared.Plan;
            }
            var report = await deps.Executors(cluster.Client, reporter).RunAsync(plan, request.Run, signal.Token);
            if (inventory is not null && !request.Run.DryRun && report.Tasks.Any(t => t.Status is ResultCode.Synced or ResultCode.Pruned))
            {
                // Written even after a cancellation or failure, within its own budget: what was applied must be prunable later.
                using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(30), deps.Time);
                if (await inventory.RecordAsync(plan, report, budget.Token) is { } warning)
                {
                    reporter.ReportDiagnostics([warning]);
                    report = report with { Diagnostics = [.. report.Diagnostics, warning] };
                }
            }
            // Core cannot tell an interrupt from a termination; the signal that cancelled the run can.
            return report.Result == SyncResult.Cancelled && signal.Reason is { } reason ? report with { Reason = reason } : report;
        }
    }

    /// <summary>
    /// The plan made without the cluster (built-in scopes), for the report of a run that never reached it; null when even that
    /// fails (the workspace or the manifests), since the run's own error is the one to report.
    /// </summary>
    private static async Task<SyncPlan?> OfflinePlanAsync(SyncRequest request, HookSyncDependencies deps, SecretRedactor redactor,
        CancellationToken cancellationToken)
    {
        try
        {
            using var offline = await PlannedSource.CreateAsync(request.Source, deps, BuiltInScopes.Instance,
                request.Source.Namespace ?? "default", cancellationToken);
            foreach (var value in ManifestSecrets.Of(offline.Plan.Tasks.Select(t => t.Object)))
            {
                redactor.Register(value);
            }
            return offline.Plan;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    // The workspace read alongside a cluster that could not be opened: stopped, waited for (a clone must not outlive the run)
    // and let go; its own failure, if any, is not the one to report.
    private static async Task AbandonAsync(Task<SourceRead> reading, CancellationTokenSource stopReading)
    {
        await stopReading.CancelAsync();
        try
        {
            (await reading).Dispose();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Reported through the offline plan, which reads the workspace again.
        }
    }

    // What was known and what was not done, after the one cause: the app, the revision and the planned tasks.
    private static string NotReached(string cause, SyncPlan? plan, SyncRequest request, string notReached) =>
        plan is null
            ? $"{cause}; nothing was applied ({notReached})"
            : $"{cause}; nothing was applied to app {request.Run.AppName}: {plan.Tasks.Count} tasks planned at revision "
              + $"{(plan.Context.Revision.Length > 7 ? plan.Context.Revision[..7] : plan.Context.Revision)}, none run ({notReached})";

    private static SyncReport Cancelled(SyncPlan? plan, string revision, DateTimeOffset startedAt, HookSyncDependencies deps, ShutdownSignal signal) =>
        RunReports.Cancelled(plan, revision, startedAt, deps.Time.GetUtcNow(), signal.Reason ?? EndReason.Interrupted);

    // A rehearsal that fails nothing because of a typo would pass for the wrong reason.
    private static IEnumerable<Diagnostic> UnmatchedSimulateFail(SyncRequest request, SyncPlan plan) =>
        request.SimulateFail
            .Where(target => !plan.Tasks.Any(t => FailTarget.Matches(target, t.Object.Kind, t.Object.Name, t.Object.GenerateName)))
            .Select(target => Diagnostic.Warning(DiagnosticCodes.SimulateFailUnmatched,
                $"--simulate-fail {target} matches no object of the plan, so nothing fails; check the kind and the name "
                + "(a name, or the start of a generateName)", null));

    private static List<Diagnostic> UnfiredFaults(ClusterSession cluster) =>
        [.. cluster.FaultsThatNeverFired().Select(text => Diagnostic.Warning(DiagnosticCodes.SimulateFaultUnmatched,
            $"--simulate-fault {text} matched no request of the run, so it tested nothing; check its verb and path", null))];

    private static async Task<int> FinishAsync(SyncReport report, IRunReporter reporter, string? reportPath, SecretRedactor redactor)
    {
        report = ExitCodeMap.Stamp(report);
        if (reportPath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path: reportPath))!);
            await File.WriteAllTextAsync(reportPath, ReportJsonWriter.ToJson(report, redactor.Redact));
        }
        reporter.Complete(report);
        return report.ExitCode!.Value;
    }
}
