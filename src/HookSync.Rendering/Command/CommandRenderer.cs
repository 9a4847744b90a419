using System.ComponentModel;
using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Rendering.Process;
using HookSync.Rendering.Text;

namespace HookSync.Rendering.Command;

/// <summary>
/// A user's render command (jsonnet, cdk8s, a plugin script), run in the source directory without a shell; its standard
/// output is the manifests, as an Argo CD config management plugin's generate command.
/// </summary>
internal sealed class CommandRenderer(TimeProvider time, string? searchPath)
{
    public async Task<RenderedSource> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        var settings = request.Settings;
        var directory = Path.GetFullPath(Path.Combine(request.Workspace, request.Path));
        IReadOnlyList<string> words;
        try
        {
            words = CommandLineWords.Split(settings.RenderCommand ?? string.Empty);
        }
        catch (FormatException e)
        {
            return RenderOutcome.Failed(request, "render command", DiagnosticCodes.RenderFailed, $"--render-command cannot be read: {e.Message}.", null);
        }
        if (words.Count == 0)
        {
            return RenderOutcome.Failed(request, "render command", DiagnosticCodes.RenderFailed,
                $"{request.Path} is read with a render command, but --render-command is empty; give the command that prints its manifests.", null);
        }
        var name = Path.GetFileName(words[0]);
        var executable = ExecutableFinder.Find(words[0], directory, searchPath);
        if (executable is null)
        {
            return RenderOutcome.Missing(request, name, $"the render command '{name}' was not found (a path is relative to {request.Path})");
        }
        // The variables an Argo CD plugin sees, so a script written for one runs here unchanged.
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ARGOCD_APP_NAME"] = settings.AppName,
            ["ARGOCD_APP_NAMESPACE"] = settings.Namespace ?? string.Empty,
            ["ARGOCD_APP_SOURCE_PATH"] = request.Path,
        };
        ToolRun run;
        try
        {
            run = await ToolProcess.RunAsync(
                new ToolInvocation(executable, words.Skip(1).ToList(), directory, settings.Timeout, settings.MaxRenderedBytes, environment),
                time, cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception e)
        {
            return RenderOutcome.Missing(request, name, $"'{name}' could not be started ({e.Message}); check that it is executable");
        }
        if (RenderOutcome.FromRun(request, name, run, text => text, [directory, request.Workspace]) is { } failed)
        {
            return failed;
        }
        // The command does not say which file made which object: the origin is the PATH, at the object's line in the output.
        var documents = YamlStream.Split(run.Output)
            .Where(chunk => !chunk.IsEmpty)
            .Select(chunk => new RenderedDocument(chunk.Text, new SourceLocation(request.Path, chunk.StartLine + chunk.FirstContentOffset - 1)))
            .ToList();
        return new RenderedSource(request.Path, request.Type, name, documents, []);
    }
}
