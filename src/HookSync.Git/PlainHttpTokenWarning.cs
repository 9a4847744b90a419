using HookSync.Core.Diagnostics;

namespace HookSync.Git;

/// <summary>
/// A token sent over <c>http://</c> can be read by anyone on the network path. The clone still runs (internal mirrors
/// without TLS exist), but the user is told, and <c>--strict</c> turns it into an error.
/// </summary>
internal static class PlainHttpTokenWarning
{
    public static IReadOnlyList<Diagnostic> For(CloneSource source, string? password) =>
        password is not null && source.FetchUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            ? [Diagnostic.Warning(DiagnosticCodes.TokenOverPlainHttp,
                $"the git token was sent over plain http to {source.DisplayUrl}, where anyone on the network path can read it; use an https:// URL", null)]
            : [];
}
