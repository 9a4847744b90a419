using System.Globalization;
using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Rendering.Process;

namespace HookSync.Rendering;

/// <summary>Builds the <see cref="RenderedSource"/> for a render that could not produce manifests; nothing of it is applied.</summary>
internal static class RenderOutcome
{
    public static RenderedSource Failed(RenderRequest request, string tool, string code, string message, SourceLocation? at) =>
        new(request.Path, request.Type, tool, [], [Diagnostic.Error(code, message, at)]);

    public static RenderedSource Missing(RenderRequest request, string tool, string what) =>
        Failed(request, tool, DiagnosticCodes.RenderToolMissing,
            $"{request.Path} is a {Describe(request.Type)} source but {what}; install it in the CI image or pass its path (see docs/ci.md).",
            null);

    /// <summary>The failure of a finished run (timeout, oversized output, non-zero exit), or null when it succeeded.</summary>
    /// <param name="request">The render.</param>
    /// <param name="tool">The tool's name for messages.</param>
    /// <param name="run">How the run ended.</param>
    /// <param name="scrub">Removes secret values (Helm <c>--set</c>) from the tool's words.</param>
    /// <param name="searchDirectories">Where a file the tool names may be, relative to.</param>
    public static RenderedSource? FromRun(RenderRequest request, string tool, ToolRun run, Func<string, string> scrub,
        IReadOnlyList<string> searchDirectories)
    {
        if (run.TimedOut)
        {
            var seconds = request.Settings.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return Failed(request, tool, DiagnosticCodes.RenderTimedOut,
                $"{tool} did not finish rendering {request.Path} within {seconds}s and was stopped; raise --render-timeout or fix what it waits for."
                + (run.Error.Trim().Length > 0 ? $" Its last words: {scrub(ToolMessage.Describe(run.Error))}" : string.Empty),
                null);
        }
        if (run.OutputTooLarge)
        {
            var mib = (request.Settings.MaxRenderedBytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
            return Failed(request, tool, DiagnosticCodes.RenderOutputTooLarge,
                $"{tool} printed more than {mib} MiB for {request.Path} and was stopped; split the application or check the template for a runaway loop.",
                null);
        }
        if (run.ExitCode != 0)
        {
            var message = scrub(ToolMessage.Describe(run.Error.Trim().Length > 0 ? run.Error : run.Output));
            var named = ToolMessage.NamedFile(message, request.Workspace, searchDirectories);
            return Failed(request, tool, DiagnosticCodes.RenderFailed,
                $"{tool} failed on {request.Path} (exit {run.ExitCode}): {(message.Length > 0 ? message : "it printed nothing")}",
                named is { } n ? new SourceLocation(n.File, n.Line) : null);
        }
        return null;
    }

    public static string Describe(SourceType type) => type switch
    {
        SourceType.Kustomize => "Kustomize",
        SourceType.Helm => "Helm chart",
        SourceType.Command => "render command",
        _ => "plain directory",
    };
}
