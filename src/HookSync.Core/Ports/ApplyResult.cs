using HookSync.Core.Model;

namespace HookSync.Core.Ports;

/// <summary>The object as the server returned it, and whether it was created or changed.</summary>
public sealed record ApplyResult(KubeObject Live, ApplyAction Action);
