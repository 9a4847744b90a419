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
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.MoveNext();
            if (parser.Current is not StreamStart)
            {
                throw new InvalidOperationException("YAML parser did not start a stream");
            }
            parser.MoveNext();
            while (parser.Current is DocumentStart)
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
        return new FileReadResult(documents, diagnostics);
    }
}
