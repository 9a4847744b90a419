using System.ComponentModel;
using HookSync.Core.Diagnostics;
using HookSync.Core.Ports;
using HookSync.Rendering.Process;

namespace HookSync.Rendering.Helm;

/// <summary><c>helm template</c> of one chart directory (after <c>helm dependency build</c> when it needs one).</summary>
internal sealed class HelmRenderer(TimeProvider time, string? searchPath)
{
    private const string Tool = "helm template";

    public async Task<RenderedSource> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        var settings = request.Settings;
        var chart = Path.GetFullPath(Path.Combine(request.Workspace, request.Path));
        var helm = ExecutableFinder.Find(settings.HelmBinary ?? "helm", chart, searchPath);
        if (helm is null)
        {
            return RenderOutcome.Missing(request, Tool, settings.HelmBinary is { } b ? $"the helm binary '{b}' was not found" : "helm is not on PATH");
        }
        if (OutsideWorkspace(request, chart) is { } escape)
        {
            return escape;
        }
        var secrets = HelmArguments.SecretValues(settings.Helm).OrderByDescending(v => v.Length).ToList();
        string Scrub(string text) => secrets.Aggregate(text, (t, secret) => t.Replace(secret, "***", StringComparison.Ordinal));
        IReadOnlyList<string> searchIn = [chart, Path.GetDirectoryName(chart) ?? chart, request.Workspace];
        try
        {
            if (ChartDependencies.NeedBuild(chart))
            {
                var build = await RunAsync(helm, HelmArguments.DependencyBuild("."), chart, settings, cancellationToken).ConfigureAwait(false);
                if (RenderOutcome.FromRun(request, "helm dependency build", build, Scrub, searchIn) is { } failed)
                {
                    return failed;
                }
            }
            var run = await RunAsync(helm, HelmArguments.Template(".", settings), chart, settings, cancellationToken).ConfigureAwait(false);
            return RenderOutcome.FromRun(request, Tool, run, Scrub, searchIn)
                ?? new RenderedSource(request.Path, request.Type, Tool, HelmTemplateOutput.Parse(run.Output, request.Workspace, request.Path), []);
        }
        catch (Win32Exception e)
        {
            return RenderOutcome.Missing(request, Tool, $"helm could not be started ({e.Message})");
        }
    }

    private Task<ToolRun> RunAsync(string helm, IReadOnlyList<string> arguments, string chart, RenderSettings settings, CancellationToken cancellationToken) =>
        ToolProcess.RunAsync(new ToolInvocation(helm, arguments, chart, settings.Timeout, settings.MaxRenderedBytes), time, cancellationToken);

    // Argo CD refuses values files outside the repository: a chart must not read the runner's files.
    private static RenderedSource? OutsideWorkspace(RenderRequest request, string chart)
    {
        var helm = request.Settings.Helm;
        var files = helm.ValueFiles.Select(f => ("--helm-values", f))
            .Concat(helm.SetFile.Select(p => ("--helm-set-file", p.IndexOf('=', StringComparison.Ordinal) is var eq and >= 0 ? p[(eq + 1)..] : p)));
        foreach (var (option, file) in files)
        {
            if (file.StartsWith("http://", StringComparison.Ordinal) || file.StartsWith("https://", StringComparison.Ordinal))
            {
                continue;
            }
            var relative = Path.GetRelativePath(request.Workspace, Path.GetFullPath(file, chart));
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                return RenderOutcome.Failed(request, Tool, DiagnosticCodes.RenderFailed,
                    $"{option} '{file}' is outside the workspace; values files are resolved relative to the chart ({request.Path}) and must stay in the repository.",
                    null);
            }
        }
        return null;
    }
}
