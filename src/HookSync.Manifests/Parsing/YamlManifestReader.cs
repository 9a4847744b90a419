using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HookSync.Manifests.Parsing;

/// <summary>Streams the documents of one YAML file, one at a time, into JSON.</summary>
internal static class YamlManifestReader
{
    /// <summary>Reads every document (up to one past <see cref="ManifestLoaderOptions.MaxDocuments"/>) into a list.</summary>
    public static FileReadResult Read(string file, string text, ManifestLoaderOptions options)
    {
        var documents = new List<ParsedDocument>();
        var diagnostics = Read(file, text, options, document =>
        {
            documents.Add(document);
            // One document past the load-wide limit is enough for the caller to report it.
            return documents.Count <= options.MaxDocuments;
        });
        return new FileReadResult(documents, diagnostics);
    }

    /// <summary>Hands each document to <paramref name="accept"/> as soon as it is built, so a large file never holds
    /// more than one document tree at a time; stops when <paramref name="accept"/> returns false.</summary>
    /// <returns>The syntax and limit errors met.</returns>
    public static List<Diagnostic> Read(string file, string text, ManifestLoaderOptions options, Func<ParsedDocument, bool> accept)
    {
        var diagnostics = new List<Diagnostic>();
        // The parser's cost grows with the square of flow nesting; a cheap scan refuses deep nesting before it runs.
        if (FlowNestingScan.FirstLineDeeperThan(text, options.MaxDepth) is { } deepLine)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AliasBomb,
                $"This document nests mappings and sequences more than {options.MaxDepth} levels deep; flatten it.", new SourceLocation(file, deepLine)));
            return diagnostics;
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
            var more = true;
            while (more && parser.Current is DocumentStart)
            {
                var document = new YamlDocumentBuilder(file, options).Build(parser, out var error);
                if (error is not null)
                {
                    diagnostics.Add(error);
                }
                else if (document is not null)
                {
                    more = accept(document);
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
        return diagnostics;
    }
}
