using HookSync.CiPlatforms;
using HookSync.Cli.Options;
using HookSync.Core.Ports;
using HookSync.Core.Security;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.Cli.Commands;

/// <summary><c>hooksync plan</c>: validate, order and print the plan; exit 0, or 3 when the manifests have errors.</summary>
internal static class PlanCommand
{
    public static async Task<int> RunAsync(PlanOptions options, HookSyncDependencies deps, CancellationToken cancellationToken)
    {
        if (options.Format is not ("text" or "json"))
        {
            throw new UsageException($"--format must be text or json, not '{options.Format}'.");
        }
        var request = SourceRequest.From(options, deps.Platforms, deps.Environment, deps.CurrentDirectory);
        using var source = await PlannedSource.CreateAsync(request, deps, BuiltInScopes.Instance, request.Namespace ?? "default", cancellationToken,
            timePlaceholder: true);
        var plan = source.Plan;
        var report = ExitCodeMap.Stamp(PlanReports.From(plan));
        if (options.Format == "json")
        {
            await deps.Out.WriteAsync(ReportJsonWriter.ToJson(report));
            await deps.Out.WriteLineAsync();
        }
        else
        {
            // Which source type each PATH was read as; plain-file runs keep their output as it always was.
            if (source.Sources.Any(s => s.Type != SourceType.Directory))
            {
                foreach (var read in source.Sources)
                {
                    await deps.Out.WriteLineAsync($"Source {read}");
                }
            }
            await deps.Out.WriteAsync(PlanPrinter.Render(plan));
        }
        if (request.ReportPath is { } path)
        {
            await File.WriteAllTextAsync(path, ReportJsonWriter.ToJson(report), cancellationToken);
        }
        // On a CI platform the diagnostics also become annotations at their file and line, and the outputs are set.
        var platform = deps.Platforms.Resolve(request.Ci, deps.Environment);
        if (platform.Name != LocalConsole.PlatformName)
        {
            var reporter = platform.CreateReporter(new ReporterContext(deps.Environment, deps.Out, deps.Error, new SecretRedactor(), deps.Time,
                Color: false, request.ReportPath));
            reporter.Begin(new RunInfo("plan", plan.Context.Revision, "(no cluster)", DryRun: false));
            reporter.ReportDiagnostics(plan.Diagnostics);
            reporter.Complete(report);
        }
        return report.ExitCode!.Value;
    }
}
