namespace HookSync.Core.Ports;

/// <summary>The checkout could not be opened or cloned (exit 4). The message never contains the git token.</summary>
public sealed class WorkspaceException(string message, Exception? inner = null) : Exception(message, inner);
