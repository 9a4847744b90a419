using System.Globalization;
using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Manifests.Discovery;
using HookSync.Manifests.Parsing;
using HookSync.Manifests.Validation;

namespace HookSync.Manifests;

/// <summary>Discovers and parses YAML and JSON manifests; every input problem is a diagnostic with file and line.</summary>
public sealed class ManifestLoader : IManifestSource
{
    private readonly ManifestLoaderOptions _options;

    public ManifestLoader()
        : this(ManifestLoaderOptions.Default)
    {
    }

    public ManifestLoader(ManifestLoaderOptions options)
    {
        _options = options;
    }

    public ManifestSet Load(ManifestQuery query)
    {
        var discovery = ManifestFileFinder.Find(query);
        var diagnostics = new List<Diagnostic>(discovery.Diagnostics);
        var documents = new List<ManifestDocument>();
        var budget = new LoadBudget();
        // Every file is read even after an error, so one run reports every problem, until a load-wide limit is reached.
        foreach (var file in discovery.Files)
        {
            ReadFile(file, documents, diagnostics, budget);
            if (budget.Exhausted)
            {
                break;
            }
        }
        var unique = DuplicateObjectDetector.RemoveDuplicates(documents, diagnostics);
        if (unique.Count == 0 && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            var paths = query.Paths.Count == 0 ? "." : string.Join(" ", query.Paths);
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.NoManifests,
                $"No Kubernetes objects found in {paths}; pass the directory that holds the manifests{(query.Recursive ? string.Empty : " or add -R to search sub-directories")}.",
                null));
        }
        return new ManifestSet(unique, diagnostics);
    }

    // Each document is validated and stored compactly as soon as it is parsed, so a large file never holds all its trees.
    private void ReadFile(ManifestFile file, List<ManifestDocument> documents, List<Diagnostic> diagnostics, LoadBudget budget)
    {
        var code = file.IsJson ? DiagnosticCodes.InvalidJson : DiagnosticCodes.InvalidYaml;
        var start = new SourceLocation(file.RelativePath, 1);
        if (!TryReserveBytes(file.FullPath, budget))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InputTooLarge,
                $"The manifests together are over the {Mebibytes(_options.MaxTotalBytes)} MiB limit with this file; it and the files after it were not read. Sync fewer files at once.",
                start));
            budget.Exhausted = true;
            return;
        }
        var bytes = TryReadAllBytes(file.FullPath, out var failure);
        if (bytes is null)
        {
            diagnostics.Add(Diagnostic.Error(code, failure, start));
            return;
        }
        var utf8 = ManifestText.TryGetUtf8(bytes, out var badLine, out var problem);
        if (utf8 is not { } content)
        {
            diagnostics.Add(Diagnostic.Error(code, $"Invalid text: {problem}.", new SourceLocation(file.RelativePath, badLine)));
            return;
        }
        // A file's syntax errors come first, then what validation found in its documents, as when files were read whole.
        var found = new List<Diagnostic>();
        bool Accept(ParsedDocument parsed)
        {
            if (++budget.Documents > _options.MaxDocuments)
            {
                found.Add(Diagnostic.Error(DiagnosticCodes.InputTooLarge,
                    $"The manifests hold more than {_options.MaxDocuments.ToString(CultureInfo.InvariantCulture)} documents; this is the first one over the limit. Sync fewer objects at once.",
                    new SourceLocation(file.RelativePath, parsed.Line)));
                budget.Exhausted = true;
                return false;
            }
            ObjectValidator.Collect(file.RelativePath, parsed, documents, found);
            return true;
        }
        if (file.IsJson)
        {
            var result = JsonManifestReader.Read(file.RelativePath, content, _options);
            diagnostics.AddRange(result.Diagnostics);
            foreach (var parsed in result.Documents)
            {
                if (!Accept(parsed))
                {
                    break;
                }
            }
        }
        else
        {
            diagnostics.AddRange(YamlManifestReader.Read(file.RelativePath, content, _options, Accept));
        }
        diagnostics.AddRange(found);
    }

    // Counted from the size on disk before reading, so the limit holds before memory is spent.
    private bool TryReserveBytes(string path, LoadBudget budget)
    {
        try
        {
            budget.Bytes += new FileInfo(path).Length;
        }
        catch (IOException)
        {
            // Unreadable files are reported when they are read.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
        return budget.Bytes <= _options.MaxTotalBytes;
    }

    /// <summary>What one load has consumed of its load-wide limits.</summary>
    private sealed class LoadBudget
    {
        public long Bytes { get; set; }

        public int Documents { get; set; }

        public bool Exhausted { get; set; }
    }

    private byte[]? TryReadAllBytes(string path, out string failure)
    {
        failure = string.Empty;
        try
        {
            // Checked before reading so a huge file is never loaded into memory.
            var length = new FileInfo(path).Length;
            if (length > _options.MaxFileBytes)
            {
                failure = $"The file is {Mebibytes(length)} MiB, over the {Mebibytes(_options.MaxFileBytes)} MiB limit; split it into smaller files.";
                return null;
            }
            return File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            failure = $"The file could not be read ({ex.GetType().Name}); check that it exists and is readable.";
        }
        catch (UnauthorizedAccessException)
        {
            failure = "The file could not be read (permission denied); check that it is readable.";
        }
        return null;
    }

    private static string Mebibytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}
