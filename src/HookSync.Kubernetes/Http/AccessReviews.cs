using System.Text.Json.Nodes;
using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Http;

/// <summary>
/// The permissions preflight's requests: one SelfSubjectAccessReview per need (the API reviews one attribute set per request),
/// up to 32 at a time, and a SelfSubjectReview for the user name. Neither stores anything, so both are retried like reads.
/// </summary>
internal sealed class AccessReviews(RawApi raw, ApiCaller caller)
{
    /// <summary>Reviews in flight at once: enough to finish a large plan quickly, few enough not to trip the server's rate limits.</summary>
    internal const int Concurrency = 32;

    private const string AccessReviewPath = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
    private const string SelfReviewPath = "/apis/authentication.k8s.io/v1/selfsubjectreviews";

    public async Task<IReadOnlyList<PermissionNeed>> DeniedAsync(IReadOnlyList<PermissionNeed> needs, CancellationToken cancellationToken)
    {
        var distinct = needs.Distinct().ToList();
        var allowed = new bool[distinct.Count];
        using var slots = new SemaphoreSlim(Concurrency);
        await Task.WhenAll(distinct.Select(async (need, index) =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                allowed[index] = await AllowedAsync(need, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        })).ConfigureAwait(false);
        return [.. distinct.Where((_, index) => !allowed[index])];
    }

    public async Task<string?> IdentityAsync(CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["apiVersion"] = "authentication.k8s.io/v1", ["kind"] = "SelfSubjectReview" };
        try
        {
            var (_, json) = await caller.CallAsync("review own identity",
                token => raw.SendJsonAsync(HttpMethod.Post, SelfReviewPath, body.ToJsonString(), token), cancellationToken).ConfigureAwait(false);
            return (JsonNode.Parse(json)?["status"]?["userInfo"]?["username"] as JsonValue)?.TryGetValue<string>(out var name) == true ? name : null;
        }
        catch (ClusterException)
        {
            // Before Kubernetes 1.28 (or with the API off) the server cannot say; the error then names no user.
            return null;
        }
    }

    private async Task<bool> AllowedAsync(PermissionNeed need, CancellationToken cancellationToken)
    {
        var attributes = new JsonObject { ["verb"] = need.Verb, ["group"] = need.Group, ["resource"] = need.Resource };
        if (need.Subresource is { Length: > 0 } sub)
        {
            attributes["subresource"] = sub;
        }
        if (need.Namespace is { } ns)
        {
            attributes["namespace"] = ns;
        }
        var body = new JsonObject
        {
            ["apiVersion"] = "authorization.k8s.io/v1",
            ["kind"] = "SelfSubjectAccessReview",
            ["spec"] = new JsonObject { ["resourceAttributes"] = attributes },
        };
        var (_, json) = await caller.CallAsync($"review access: {need}",
            token => raw.SendJsonAsync(HttpMethod.Post, AccessReviewPath, body.ToJsonString(), token), cancellationToken).ConfigureAwait(false);
        return (JsonNode.Parse(json)?["status"]?["allowed"] as JsonValue)?.TryGetValue<bool>(out var allowed) == true && allowed;
    }
}
