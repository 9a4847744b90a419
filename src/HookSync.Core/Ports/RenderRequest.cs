namespace HookSync.Core.Ports;

/// <summary>One PATH to render.</summary>
/// <param name="Workspace">Absolute workspace root; origins are reported relative to it, with forward slashes.</param>
/// <param name="Path">The PATH as given, relative to the workspace.</param>
/// <param name="Type">The source type it was detected (or forced) as; never <see cref="SourceType.Directory"/>.</param>
/// <param name="Settings">Tools, options and limits.</param>
public sealed record RenderRequest(string Workspace, string Path, SourceType Type, RenderSettings Settings);
