using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HookSync.Manifests.Parsing;

/// <summary>Streams the documents of one YAML file, one at a time, into JSON.</summary>
internal static class YamlManifestReader
{
    public static FileReadResult Read(string file, string text, ManifestLoaderOptions options)
    {
        var documents = new List<ParsedDocument>();
        var diagnostics = new List<Diagnostic>();
        // The parser's cost grows with the square of flow nesting; a cheap scan refuses deep nesting before it runs.
        if (FlowNestingScan.FirstLineDeeperThan(text, options.MaxDepth) is { } deepLine)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AliasBomb,
                $"This document nests mappings and sequences more than {options.MaxDepth} levels deep; flatten it.", new SourceLocation(file, deepLine)));
            return new FileReadResult(documents, diagnostics);
        }
        var parser = new LineTrackingParser(new Parser(new StringReader(text)));
        try
        {
            parser.MoveNext();
            if (parser.Current is not StreamStart)
            {
                throw new InvalidOperationException("YAML parser did not start a stream");
            }
            parser.MoveNext();
            // One document past the load-wide limit is enough for the loader to report it.
            while (parser.Current is DocumentStart && documents.Count <= options.MaxDocuments)
            {
                var document = new YamlDocumentBuilder(file, options).Build(parser, out var error);
                if (error is not null)
                {
                    diagnostics.Add(error);
                }
                else if (document is not null)
                {
                    documents.Add(document);
                }
            }
        }
        catch (YamlException ex)
        {
            // After a syntax error the parser cannot resynchronise; the rest of this file is not read.
            var (line, message) = YamlErrorMessage.Describe(ex, text);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml, message, new SourceLocation(file, line)));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections
            // (e.g. "a: [1, 2" followed by "b: c"); the last event read tells the line.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml,
                "Invalid YAML: the parser could not continue after this line; close the bracket or brace opened here, or add the missing comma.",
                new SourceLocation(file, parser.LastLine)));
        }
        return new FileReadResult(documents, diagnostics);
    }
}
