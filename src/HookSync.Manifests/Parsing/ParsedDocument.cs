using System.Text.Json.Nodes;

namespace HookSync.Manifests.Parsing;

/// <summary>One non-empty document of a file, converted to JSON, before validation.</summary>
/// <param name="Root">The document's value; a manifest must be a <see cref="JsonObject"/>.</param>
/// <param name="Line">1-based line of the document's first key (or first token when it is not a mapping).</param>
/// <param name="Lines">Start lines of the nodes validation reports on.</param>
internal sealed record ParsedDocument(JsonNode? Root, int Line, LineMap Lines);
