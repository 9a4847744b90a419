using HookSync.Core.Diagnostics;
using HookSync.Core.Model;

namespace HookSync.Manifests.Validation;

/// <summary>Finds objects defined twice: same group, kind, namespace and name (objects with only generateName never clash).</summary>
internal static class DuplicateObjectDetector
{
    /// <summary>Returns the documents without the later copies and reports each copy at its own location.</summary>
    public static List<ManifestDocument> RemoveDuplicates(IReadOnlyList<ManifestDocument> documents, List<Diagnostic> diagnostics)
    {
        var first = new Dictionary<ResourceKey, SourceLocation>();
        var unique = new List<ManifestDocument>(documents.Count);
        foreach (var document in documents)
        {
            var obj = document.Object;
            if (obj.Name.Length == 0)
            {
                unique.Add(document);
                continue;
            }
            // The namespace is compared as written: the default namespace is only known when planning.
            if (first.TryGetValue(obj.Key, out var earlier))
            {
                var where = obj.Namespace.Length == 0 ? string.Empty : $" in namespace \"{obj.Namespace}\"";
                var kind = obj.Group.Length == 0 ? obj.Kind : $"{obj.Kind}.{obj.Group}";
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.DuplicateObject,
                    $"{kind} \"{obj.Name}\"{where} is defined twice, at {earlier} and at {document.Source}; remove one of them.",
                    document.Source));
                continue;
            }
            first.Add(obj.Key, document.Source);
            unique.Add(document);
        }
        return unique;
    }
}
