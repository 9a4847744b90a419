using System.ComponentModel;
using System.Text;
using System.Text.Json;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Rendering.Process;
using HookSync.Rendering.Text;

namespace HookSync.Rendering.Kustomize;

/// <summary>
/// <c>kustomize build</c> (or <c>kubectl kustomize</c>) of one overlay, with every object traced to the base or overlay
/// file that defined it.
/// </summary>
/// <remarks>
/// The user's directory is wrapped in a temporary kustomization that only adds <c>buildMetadata: [originAnnotations]</c>,
/// so the user's files are never modified and the output is the overlay's own; the origin annotation is read and then
/// removed from every object before anything else sees it.
/// </remarks>
internal sealed class KustomizeRenderer(TimeProvider time, string? searchPath)
{
    public async Task<RenderedSource> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        var settings = request.Settings;
        var source = Path.GetFullPath(Path.Combine(request.Workspace, request.Path));
        var tool = FindTool(settings.KustomizeBinary, source);
        if (tool is null)
        {
            return RenderOutcome.Missing(request, "kustomize", settings.KustomizeBinary is { } b
                ? $"the kustomize binary '{b}' was not found"
                : "neither kustomize nor kubectl is on PATH");
        }
        var wrapper = Directory.CreateTempSubdirectory("hooksync-kustomize-");
        try
        {
            var target = Path.GetRelativePath(wrapper.FullName, source).Replace('\\', '/');
            await File.WriteAllTextAsync(Path.Combine(wrapper.FullName, "kustomization.yaml"), Wrapper(target), cancellationToken)
                .ConfigureAwait(false);
            var arguments = new List<string>(tool.Value.Prefix) { wrapper.FullName };
            arguments.AddRange(settings.KustomizeBuildOptions);
            ToolRun run;
            try
            {
                run = await ToolProcess.RunAsync(
                    new ToolInvocation(tool.Value.Executable, arguments, source, settings.Timeout, settings.MaxRenderedBytes),
                    time, cancellationToken).ConfigureAwait(false);
            }
            catch (Win32Exception e)
            {
                return RenderOutcome.Missing(request, tool.Value.Name, $"{tool.Value.Name} could not be started ({e.Message})");
            }
            // The wrapper's path means nothing to the user; the tool's message names their PATH instead.
            string Scrub(string text) => text
                .Replace(wrapper.FullName + "/kustomization.yaml", request.Path, StringComparison.Ordinal)
                .Replace(wrapper.FullName, request.Path, StringComparison.Ordinal)
                .Replace(target, request.Path, StringComparison.Ordinal);
            var failure = RenderOutcome.FromRun(request, tool.Value.Name, run, Scrub, [source, wrapper.FullName, request.Workspace]);
            return failure ?? new RenderedSource(request.Path, request.Type, tool.Value.Name,
                Documents(run.Output, wrapper.FullName, request), []);
        }
        finally
        {
            wrapper.Delete(recursive: true);
        }
    }

    private (string Executable, string Name, string[] Prefix)? FindTool(string? configured, string source)
    {
        if (configured is not null)
        {
            var path = ExecutableFinder.Find(configured, source, searchPath);
            if (path is null)
            {
                return null;
            }
            // A configured kubectl is used as "kubectl kustomize"; anything else is a kustomize binary.
            return Path.GetFileNameWithoutExtension(path) == "kubectl"
                ? (path, "kubectl kustomize", ["kustomize"])
                : (path, "kustomize build", ["build"]);
        }
        if (ExecutableFinder.Find("kustomize", source, searchPath) is { } kustomize)
        {
            return (kustomize, "kustomize build", ["build"]);
        }
        return ExecutableFinder.Find("kubectl", source, searchPath) is { } kubectl
            ? (kubectl, "kubectl kustomize", ["kustomize"])
            : null;
    }

    // Utf8JsonWriter escapes without reflection, so this stays trimming- and AOT-safe.
    private static string JsonString(string value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(value);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Wrapper(string target)
    {
        // The path is written as a JSON string, which is valid YAML whatever characters the directory name holds.
        var sb = new StringBuilder();
        sb.Append("apiVersion: kustomize.config.k8s.io/v1beta1\n");
        sb.Append("kind: Kustomization\n");
        sb.Append("resources:\n");
        sb.Append("- ").Append(JsonString(target)).Append('\n');
        sb.Append("buildMetadata: [originAnnotations]\n");
        return sb.ToString();
    }

    private static List<RenderedDocument> Documents(string output, string wrapper, RenderRequest request)
    {
        var documents = new List<RenderedDocument>();
        var fallback = KustomizationFile(request);
        foreach (var chunk in YamlStream.Split(output))
        {
            if (chunk.IsEmpty)
            {
                continue;
            }
            var (yaml, path, configuredIn) = OriginAnnotation.Strip(chunk.Lines);
            var origin = path ?? configuredIn;
            SourceLocation location;
            if (origin is not null && Inside(request.Workspace, Path.GetFullPath(Path.Combine(wrapper, origin))) is { } relative)
            {
                var full = Path.Combine(request.Workspace, relative);
                var identity = ObjectIdentity.Read(yaml.Split('\n'));
                // A generated object (configMapGenerator, helmCharts) has no document of its own: point at the kustomization.
                var line = path is null ? 1 : DefiningLine.Find(full, identity.Kind, identity.Name);
                location = new SourceLocation(relative, line);
            }
            else
            {
                // A remote base or an origin kustomize does not record: the overlay's kustomization is the best answer.
                location = new SourceLocation(fallback, 1);
            }
            documents.Add(new RenderedDocument(yaml, location));
        }
        return documents;
    }

    private static string KustomizationFile(RenderRequest request)
    {
        var directory = Path.Combine(request.Workspace, request.Path);
        var name = SourceDetector.KustomizationNames.FirstOrDefault(n => File.Exists(Path.Combine(directory, n))) ?? "kustomization.yaml";
        return Inside(request.Workspace, Path.GetFullPath(Path.Combine(directory, name))) ?? request.Path;
    }

    private static string? Inside(string workspace, string full)
    {
        var relative = Path.GetRelativePath(workspace, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.Replace('\\', '/');
    }
}
