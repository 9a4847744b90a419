using System.Text.Json.Nodes;

namespace HookSync.Manifests.Parsing;

/// <summary>An anchored node with the size (nodes, and characters of scalar text) and height its aliases will add.</summary>
internal sealed record YamlAnchor(JsonNode? Node, long NodeCount, int Height, long Characters);
