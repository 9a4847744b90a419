using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Rendering.Text;

namespace HookSync.Rendering.Helm;

/// <summary>
/// Reads <c>helm template</c> output: each document is headed by <c># Source: &lt;chart&gt;/templates/x.yaml</c>, which maps
/// it back to its template (or <c>crds/</c> file) in the chart directory.
/// </summary>
internal static class HelmTemplateOutput
{
    private const string SourcePrefix = "# Source: ";

    /// <param name="output">What helm printed.</param>
    /// <param name="workspace">The absolute workspace root.</param>
    /// <param name="chartPath">The chart directory relative to the workspace, as given.</param>
    public static IReadOnlyList<RenderedDocument> Parse(string output, string workspace, string chartPath)
    {
        var chartDirectory = Path.GetFullPath(Path.Combine(workspace, chartPath));
        var chartFile = Relative(workspace, Path.Combine(chartDirectory, "Chart.yaml"));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new List<RenderedDocument>();
        foreach (var chunk in YamlStream.Split(output))
        {
            if (chunk.IsEmpty)
            {
                continue;
            }
            var template = chunk.Lines
                .Select(l => l.TrimEnd())
                .FirstOrDefault(l => l.StartsWith(SourcePrefix, StringComparison.Ordinal))?[SourcePrefix.Length..].Trim();
            SourceLocation origin;
            if (template is null || InChart(template, chartDirectory) is not { } full)
            {
                origin = new SourceLocation(chartFile, 1);
            }
            else
            {
                // A template that renders several documents is followed document by document; helm keeps their order.
                var index = seen.GetValueOrDefault(template);
                seen[template] = index + 1;
                origin = new SourceLocation(Relative(workspace, full), DefiningLine.OfDocument(full, index));
            }
            documents.Add(new RenderedDocument(chunk.Text, origin));
        }
        return documents;
    }

    // "mychart/templates/x.yaml" and "mychart/charts/sub/templates/y.yaml": the first segment is the chart's name, not its directory.
    private static string? InChart(string template, string chartDirectory)
    {
        var slash = template.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(chartDirectory, template[(slash + 1)..]));
        var inside = !Path.GetRelativePath(chartDirectory, full).StartsWith("..", StringComparison.Ordinal);
        return inside && File.Exists(full) ? full : null;
    }

    private static string Relative(string workspace, string full) => Path.GetRelativePath(workspace, full).Replace('\\', '/');
}
