using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using HookSync.Manifests.Parsing;

namespace HookSync.Manifests.Validation;

/// <summary>Checks that a parsed document is a Kubernetes object (or a List of them) and wraps it with its source.</summary>
internal static class ObjectValidator
{
    public static void Collect(string file, ParsedDocument document, List<ManifestDocument> objects, List<Diagnostic> diagnostics)
    {
        if (document.Root is not JsonObject root)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.NotAMapping,
                $"The document is {Describe(document.Root)}, not a mapping: a manifest must be a Kubernetes object with apiVersion, kind and metadata.",
                new SourceLocation(file, document.Line)));
            return;
        }
        if (!IsList(root, out var items))
        {
            Add(new ObjectCheck(file, root, document.Lines, document.Line, []), objects, diagnostics);
            return;
        }
        if (items is null)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.NotAMapping,
                "This List has no items sequence; give it \"items:\" with one object per entry, or remove the List wrapper.",
                new SourceLocation(file, document.Lines.LineOf(document.Line, ["items"]))));
            return;
        }
        var entries = items.ToList();
        // Each item becomes its own object; detaching lets it be adopted without a copy.
        items.Clear();
        for (var i = 0; i < entries.Count; i++)
        {
            string[] path = ["items", i.ToString(CultureInfo.InvariantCulture)];
            var line = document.Lines.LineOf(document.Line, path);
            if (entries[i] is JsonObject item)
            {
                Add(new ObjectCheck(file, item, document.Lines, line, path), objects, diagnostics);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.NotAMapping,
                    $"Item {i + 1} of this List is {Describe(entries[i])}, not a mapping: every item must be a Kubernetes object.",
                    new SourceLocation(file, line)));
            }
        }
    }

    /// <summary>A v1 <c>List</c> or any v1 <c>*List</c> with an <c>items</c> sequence is a list of objects (kubectl flattens them).</summary>
    private static bool IsList(JsonObject root, out JsonArray? items)
    {
        items = root["items"] as JsonArray;
        if (!IsString(root["apiVersion"], out var apiVersion) || apiVersion != "v1" || !IsString(root["kind"], out var kind))
        {
            return false;
        }
        return kind == "List" || (kind.EndsWith("List", StringComparison.Ordinal) && items is not null);
    }

    private static void Add(ObjectCheck check, List<ManifestDocument> objects, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        check.Run(diagnostics);
        if (diagnostics.Count == before)
        {
            objects.Add(new ManifestDocument(KubeObject.Compact(check.Object), new SourceLocation(check.File, check.Line)));
        }
    }

    internal static bool IsString(JsonNode? node, out string text)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            text = value.GetValue<string>();
            return true;
        }
        text = string.Empty;
        return false;
    }

    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "a sequence",
        JsonObject => "a mapping",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a scalar",
        },
    };
}
