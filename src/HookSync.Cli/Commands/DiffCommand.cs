using HookSync.Cli.Cluster;
using HookSync.Cli.Options;
using HookSync.Core.Diff;
using HookSync.Core.Execution;
using HookSync.Core.Inventory;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;

namespace HookSync.Cli.Commands;

/// <summary>
/// <c>hooksync diff</c>: credentials → workspace → plan → per object a GET and a server-side dry-run → the diff on the
/// console (or as JSON) and in the platform's summary. Changes nothing in the cluster. Exit codes: README "Exit codes".
/// </summary>
internal static class DiffCommand
{
    public static async Task<int> RunAsync(DiffOptions options, HookSyncDependencies deps, ShutdownSignal signal)
    {
        var request = DiffRequest.From(options, deps.Platforms, deps.Environment, deps.CurrentDirectory);
        var redactor = new SecretRedactor();
        CredentialSecrets.Register(request.Cluster.Credentials, deps.Environment, redactor);
        foreach (var value in RenderSettingsFactory.SecretValues(request.Source.Render))
        {
            redactor.Register(value);
        }
        var platform = deps.Platforms.Resolve(request.Source.Ci, deps.Environment);
        var color = deps.OutputIsTerminal && string.IsNullOrEmpty(deps.Environment.Get("NO_COLOR"));
        var publisher = platform.CreateDiffPublisher(new ReporterContext(deps.Environment, deps.Out, deps.Error, redactor, deps.Time, color, null));
        async Task<int> Fail(int exitCode, string message)
        {
            await deps.Error.WriteLineAsync(redactor.Redact($"error: {message}"));
            return exitCode;
        }

        ClusterSession cluster;
        try
        {
            cluster = await deps.Clusters.OpenAsync(request.Cluster, redactor,
                message => deps.Error.WriteLine(redactor.Redact(message)), signal.Token);
        }
        catch (ClusterConfigurationException e)
        {
            // No credentials (or unusable ones) is a configuration error, exit 2, never a localhost fallback.
            return await Fail(ExitCodeMap.UsageError, e.Message);
        }
        catch (OperationCanceledException) when (signal.Token.IsCancellationRequested)
        {
            return Cancelled(signal);
        }
        await using var session = cluster;
        try
        {
            using var source = await PlannedSource.CreateAsync(request.Source, deps,
                async (docs, ct) => await DiscoveredScopes.LoadAsync(cluster.Client, docs.Select(d => d.Object.Gvk), BuiltInScopes.Instance, ct),
                request.Source.Namespace ?? cluster.DefaultNamespace ?? "default", signal.Token, cluster.Client as IClusterCapabilities);
            var plan = source.Plan;
            // DF-2 masks Secret values in the diff; the redactor is the second line, for a server message quoting one.
            foreach (var value in ManifestSecrets.Of(plan.Tasks.Select(t => t.Object)))
            {
                redactor.Register(value);
            }
            if (plan.HasErrors)
            {
                var invalid = new DiffReport(plan.Context.Revision, [], [], plan.Diagnostics);
                if (request.Format == "json")
                {
                    await deps.Out.WriteAsync(DiffJsonWriter.ToJson(invalid, ExitCodeMap.InvalidManifests, redactor.Redact));
                }
                else
                {
                    foreach (var diagnostic in plan.Diagnostics)
                    {
                        await deps.Error.WriteLineAsync(redactor.Redact(diagnostic.ToString()));
                    }
                }
                return await Fail(ExitCodeMap.InvalidManifests, "the manifests have errors; nothing was compared");
            }
            // What `sync --prune` would delete: the inventory's leftovers that are still this app's and not Prune=false.
            var location = InventoryLocation.For(request.AppName, request.InventoryNamespace ?? plan.Context.DefaultNamespace);
            IReadOnlyList<PruneCandidate> prune;
            try
            {
                var lookup = await PruneLookup.FindAsync(new InventoryStore(cluster.Client, location), plan,
                    new PruneSettings(request.AppName, Prune: true, Confirmed: true, PruneLast: false), signal.Token);
                prune = [.. lookup.Candidates.Where(c => c.WillDelete)];
            }
            catch (InventoryFormatException e)
            {
                return await Fail(ExitCodeMap.UsageError, e.Message);
            }
            var report = await DiffRunner.RunAsync(cluster.Client, plan, request.AppName, request.ForceConflicts, prune, signal.Token);
            var exitCode = ExitCodeMap.ForDiff(report.HasDifferences, report.HasRejections);
            if (request.Format == "json")
            {
                await deps.Out.WriteAsync(DiffJsonWriter.ToJson(report, exitCode, redactor.Redact));
            }
            else
            {
                publisher.Print(report);
            }
            publisher.Summarize(report, cluster.Target, exitCode);
            return exitCode;
        }
        catch (ClusterException e) when (e.IsEnvironmentFailure || e.Kind is ClusterFailureKind.Forbidden)
        {
            return await Fail(ExitCodeMap.EnvironmentError, $"cannot reach the cluster at {cluster.Target}: {e.Message}");
        }
        catch (OperationCanceledException) when (signal.Token.IsCancellationRequested)
        {
            return Cancelled(signal);
        }
    }

    private static int Cancelled(ShutdownSignal signal) =>
        ExitCodeMap.For(SyncResult.Cancelled, null, signal.Reason ?? EndReason.Interrupted);
}
