using System.Text.Json.Nodes;
using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using HookSync.Manifests.Parsing;

namespace HookSync.Manifests.Validation;

/// <summary>The checks on one object: apiVersion, kind and the metadata fields Kubernetes requires to be strings.</summary>
internal sealed class ObjectCheck(string file, JsonObject obj, LineMap lines, int line, IReadOnlyList<string> path)
{
    public string File => file;

    public JsonObject Object => obj;

    public int Line => line;

    public void Run(List<Diagnostic> diagnostics)
    {
        var what = Name();
        CheckRequiredString("apiVersion", DiagnosticCodes.MissingApiVersion, "apiVersion: apps/v1", what, diagnostics);
        CheckRequiredString("kind", DiagnosticCodes.MissingKind, "kind: Deployment", what, diagnostics);
        if (!obj.TryGetPropertyValue("metadata", out var metadataNode) || metadataNode is null)
        {
            return;
        }
        if (metadataNode is not JsonObject metadata)
        {
            Report(diagnostics, DiagnosticCodes.InvalidMetadata, ["metadata"],
                $"{what}: metadata is {ObjectValidator.Describe(metadataNode)}, but it must be a mapping (name:, namespace:, labels:, annotations:); fix its indentation.");
            return;
        }
        foreach (var field in new[] { "name", "generateName", "namespace" })
        {
            if (metadata[field] is { } value && !ObjectValidator.IsString(value, out _))
            {
                Report(diagnostics, DiagnosticCodes.InvalidMetadata, ["metadata", field],
                    $"{what}: metadata.{field} is {ObjectValidator.Describe(value)}, but it must be a string; quote it: {field}: \"{Text(value)}\".");
            }
        }
        CheckStringMap(metadata, "labels", what, diagnostics);
        CheckStringMap(metadata, "annotations", what, diagnostics);
    }

    private void CheckRequiredString(string field, string code, string example, string what, List<Diagnostic> diagnostics)
    {
        var value = obj[field];
        if (value is null || (ObjectValidator.IsString(value, out var text) && text.Length == 0))
        {
            Report(diagnostics, code, [], $"{what} has no {field}; every manifest needs one, such as \"{example}\".");
        }
        else if (!ObjectValidator.IsString(value, out _))
        {
            Report(diagnostics, code, [field], $"{what}: {field} is {ObjectValidator.Describe(value)}, but it must be a string such as \"{example}\"; quote it.");
        }
    }

    private void CheckStringMap(JsonObject metadata, string field, string what, List<Diagnostic> diagnostics)
    {
        var node = metadata[field];
        if (node is null)
        {
            return;
        }
        if (node is not JsonObject map)
        {
            Report(diagnostics, DiagnosticCodes.InvalidMetadata, ["metadata", field],
                $"{what}: metadata.{field} is {ObjectValidator.Describe(node)}, but it must be a mapping of keys to string values.");
            return;
        }
        var singular = field[..^1];
        foreach (var (key, value) in map)
        {
            // Kubernetes requires string values (`sync-wave: 5` is rejected by the API server); null reads as "".
            if (value is not null && !ObjectValidator.IsString(value, out _))
            {
                Report(diagnostics, DiagnosticCodes.InvalidMetadata, ["metadata", field, key],
                    $"{what}: {singular} \"{key}\" has {ObjectValidator.Describe(value)} value, but Kubernetes requires strings; quote it: {key}: \"{Text(value)}\".");
            }
        }
    }

    private void Report(List<Diagnostic> diagnostics, string code, IReadOnlyList<string> relative, string message)
    {
        var at = relative.Count == 0 ? line : lines.LineOf(line, [.. path, .. relative]);
        diagnostics.Add(Diagnostic.Error(code, message, new SourceLocation(file, at)));
    }

    private string Name()
    {
        var kind = ObjectValidator.IsString(obj["kind"], out var k) && k.Length > 0 ? k : "The object";
        var name = obj["metadata"] is JsonObject m && ObjectValidator.IsString(m["name"], out var n) && n.Length > 0 ? n : null;
        return name is null ? kind : $"{kind} \"{name}\"";
    }

    private static string Text(JsonNode value) =>
        value is JsonValue ? value.ToJsonString().Trim('"') : "...";
}
