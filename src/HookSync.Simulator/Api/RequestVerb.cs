using Microsoft.AspNetCore.Http;

namespace HookSync.Simulator.Api;

/// <summary>Names a request with a Kubernetes verb from its method, URL shape, query and content type alone.</summary>
internal static class RequestVerb
{
    public static string? Classify(HttpRequest request)
    {
        var segments = (request.Path.Value ?? "/").Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        string[] rest;
        switch (segments)
        {
            case [] or ["version"] or ["api"] or ["api", _] or ["apis"] or ["apis", _] or ["apis", _, _] or ["openapi", ..]:
                return "discovery";
            case ["api", _, .. var core]:
                rest = core;
                break;
            case ["apis", _, _, .. var grouped]:
                rest = grouped;
                break;
            default:
                return null;
        }
        if (rest is ["namespaces", _, _, ..])
        {
            rest = rest[2..];
        }
        var hasName = rest.Length >= 2;
        if (rest.Length == 3 && rest[2] == "log")
        {
            return "log";
        }
        var watch = request.Query["watch"].ToString() is "true" or "1";
        return request.Method switch
        {
            "GET" when watch => "watch",
            "GET" => hasName ? "get" : "list",
            "POST" => "create",
            "PUT" => "update",
            "PATCH" when (request.ContentType ?? "").StartsWith("application/apply-patch", StringComparison.OrdinalIgnoreCase) => "apply",
            "PATCH" => "patch",
            "DELETE" => hasName ? "delete" : "deletecollection",
            _ => null,
        };
    }
}
