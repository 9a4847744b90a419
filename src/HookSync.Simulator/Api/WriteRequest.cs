using Microsoft.AspNetCore.Http;

namespace HookSync.Simulator.Api;

/// <summary>The options of a write: field manager, force, dry-run, and the manager an unnamed client gets.</summary>
internal sealed record WriteRequest(string? FieldManager, bool Force, bool DryRun, string DefaultManager)
{
    /// <summary>The request's <c>fieldValidation</c>: Strict, Warn (the apiserver's default when absent) or Ignore.</summary>
    public string FieldValidation { get; init; } = "Warn";

    public string Manager => FieldManager ?? DefaultManager;

    public static WriteRequest From(HttpRequest request)
    {
        var query = request.Query;
        var agent = request.Headers.UserAgent.ToString();
        // The apiserver names an Update's manager after the client's user agent when fieldManager is absent.
        var defaultManager = agent.Length == 0 ? "unknown" : agent.Split('/', 2)[0];
        return new WriteRequest(
            query.TryGetValue("fieldManager", out var manager) && manager.ToString().Length > 0 ? manager.ToString() : null,
            string.Equals(query["force"], "true", StringComparison.OrdinalIgnoreCase),
            string.Equals(query["dryRun"], "All", StringComparison.Ordinal),
            defaultManager)
        {
            FieldValidation = query["fieldValidation"].ToString() is { Length: > 0 } mode ? mode : "Warn",
        };
    }
}
