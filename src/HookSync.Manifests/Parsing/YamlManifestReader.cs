using System.Runtime.InteropServices;
using System.Text;
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
        var diagnostics = Read(file, Encoding.UTF8.GetBytes(text), options, document =>
        {
            documents.Add(document);
            // One document past the load-wide limit is enough for the caller to report it.
            return documents.Count <= options.MaxDocuments;
        });
        return new FileReadResult(documents, diagnostics);
    }

    /// <summary>As the UTF-8 overload, for text already in a string (what a renderer printed).</summary>
    public static List<Diagnostic> Read(string file, string text, ManifestLoaderOptions options, Func<ParsedDocument, bool> accept) =>
        Read(file, Encoding.UTF8.GetBytes(text), options, accept);

    /// <summary>Hands each document to <paramref name="accept"/> as soon as it is built, so a large file never holds
    /// more than one document tree at a time; stops when <paramref name="accept"/> returns false.</summary>
    /// <param name="utf8">The file's text as valid UTF-8 without a byte-order mark. It is decoded as the parser reads it,
    /// never whole: a string of the file would cost twice its size again.</param>
    /// <returns>The syntax and limit errors met.</returns>
    public static List<Diagnostic> Read(string file, ReadOnlyMemory<byte> utf8, ManifestLoaderOptions options, Func<ParsedDocument, bool> accept)
    {
        var diagnostics = new List<Diagnostic>();
        // The parser's cost grows with the square of flow nesting; a cheap scan refuses deep nesting before it runs.
        if (FlowNestingScan.FirstLineDeeperThan(utf8.Span, options.MaxDepth) is { } deepLine)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AliasBomb,
                $"This document nests mappings and sequences more than {options.MaxDepth} levels deep; flatten it.", new SourceLocation(file, deepLine)));
            return diagnostics;
        }
        var parser = new LineTrackingParser(new Parser(Decode(utf8)));
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
            var (line, message) = YamlErrorMessage.Describe(ex, Encoding.UTF8.GetString(utf8.Span));
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

    private static TextReader Decode(ReadOnlyMemory<byte> utf8)
    {
        var stream = MemoryMarshal.TryGetArray(utf8, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(utf8.ToArray(), writable: false);
        return new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: false);
    }
}
