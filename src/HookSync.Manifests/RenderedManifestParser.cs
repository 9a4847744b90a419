using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Manifests.Parsing;
using HookSync.Manifests.Validation;

namespace HookSync.Manifests;

/// <summary>
/// Parses what a renderer printed (Kustomize, Helm, a render command) with the same reader, limits and checks as manifest
/// files; every object and finding is placed at the origin the renderer traced it to, so diagnostics name the base,
/// overlay or template file, not a temporary output.
/// </summary>
public sealed class RenderedManifestParser : IRenderedManifestParser
{
    private readonly ManifestLoaderOptions _options;

    public RenderedManifestParser()
        : this(ManifestLoaderOptions.Default)
    {
    }

    public RenderedManifestParser(ManifestLoaderOptions options)
    {
        _options = options;
    }

    public ManifestSet Parse(RenderedSource source)
    {
        var diagnostics = new List<Diagnostic>(source.Diagnostics);
        var documents = new List<ManifestDocument>();
        foreach (var rendered in source.Documents)
        {
            var origin = rendered.Origin;
            var parsedDiagnostics = new List<Diagnostic>();
            var parsedDocuments = new List<ManifestDocument>();
            var result = YamlManifestReader.Read(origin.File, rendered.Yaml, _options);
            parsedDiagnostics.AddRange(result.Diagnostics);
            foreach (var parsed in result.Documents)
            {
                ObjectValidator.Collect(origin.File, parsed, parsedDocuments, parsedDiagnostics);
            }
            // Lines inside the rendered text mean nothing in the source file; the origin's line does.
            documents.AddRange(parsedDocuments.Select(d => d with { Source = origin }));
            diagnostics.AddRange(parsedDiagnostics.Select(d => d with { Source = origin, Message = $"{d.Message} (in the output {source.Tool} rendered from it)" }));
        }
        var unique = DuplicateObjectDetector.RemoveDuplicates(documents, diagnostics);
        if (unique.Count == 0 && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.NoManifests,
                $"{source.Tool} rendered no Kubernetes objects from {source.Path}; check the source and its options.",
                null));
        }
        return new ManifestSet(unique, diagnostics);
    }
}
