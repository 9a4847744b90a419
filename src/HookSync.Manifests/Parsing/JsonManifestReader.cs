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
        LineMap lines;
        int rootLine;
        try
        {
            lines = JsonLineScanner.Scan(utf8.Span, options.MaxDepth, out rootLine, out var duplicate);
            if (duplicate is { } dup)
            {
                return Failure(file, dup.Line, $"Invalid JSON: the key \"{dup.Key}\" appears twice in the same object; remove one (kubectl rejects duplicate keys).");
            }
            root = JsonNode.Parse(utf8.Span, nodeOptions: null, documentOptions);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var problem = ReaderOptionsAdvice().Replace(PositionSuffix().Replace(ex.Message, string.Empty), string.Empty).Trim().TrimEnd('.');
            problem = problem.Length == 0 ? "unreadable JSON" : char.ToLowerInvariant(problem[0]) + problem[1..];
            return Failure(file, line, $"Invalid JSON: {problem}; fix the syntax on this line.");
        }
        return new FileReadResult([new ParsedDocument(root, rootLine, lines)], []);
    }

    private static FileReadResult Failure(string file, int line, string message) =>
        new([], [Diagnostic.Error(DiagnosticCodes.InvalidJson, message, new SourceLocation(file, line))]);

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

    // The advice to change reader options is meant for the program's author, not for whoever wrote the manifest.
    [GeneratedRegex(@"\s*(which is not supported in this mode)?\.?\s*Change the reader options\.?", RegexOptions.CultureInvariant)]
    private static partial Regex ReaderOptionsAdvice();

    // System.Text.Json appends " Path: $.x | LineNumber: 3 | BytePositionInLine: 5."; the diagnostic carries the line.
    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();
}
