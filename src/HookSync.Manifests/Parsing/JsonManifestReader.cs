using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HookSync.Core.Diagnostics;
using HookSync.Core.Model;

namespace HookSync.Manifests.Parsing;

/// <summary>Reads a <c>.json</c> manifest with System.Text.Json: one document per file.</summary>
internal static partial class JsonManifestReader
{
    public static FileReadResult Read(string file, ReadOnlyMemory<byte> utf8, ManifestLoaderOptions options)
    {
        if (IsBlank(utf8.Span))
        {
            return new FileReadResult([], []);
        }
        var documentOptions = new JsonDocumentOptions
        {
            MaxDepth = options.MaxDepth,
            // Kubernetes rejects duplicate keys; so does HookSync, in JSON as in YAML.
            AllowDuplicateProperties = false,
        };
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8.Span, nodeOptions: null, documentOptions);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var problem = PositionSuffix().Replace(ex.Message, string.Empty).Trim().TrimEnd('.');
            return new FileReadResult(
                [],
                [Diagnostic.Error(DiagnosticCodes.InvalidJson, $"Invalid JSON: {problem}; fix the syntax on this line.", new SourceLocation(file, line))]);
        }
        var lines = JsonLineScanner.Scan(utf8.Span, options.MaxDepth, out var rootLine);
        return new FileReadResult([new ParsedDocument(root, rootLine, lines)], []);
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }
        return true;
    }

    // System.Text.Json appends " Path: $.x | LineNumber: 3 | BytePositionInLine: 5."; the diagnostic carries the line.
    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();
}
