using System.Text.Json;
using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Http;

/// <summary>Turns HTTP answers and transport failures into <see cref="ClusterException"/>s, with the server's own words and no secret.</summary>
internal sealed class ClusterErrors(string server, ISecretRedactor redactor)
{
    /// <summary>Maps a status code and its <c>Status</c> body.</summary>
    public ClusterException FromStatus(int statusCode, string? body, Exception? inner = null)
    {
        var (message, reason) = ReadStatus(body);
        message ??= $"the server answered HTTP {statusCode}{(reason is null ? string.Empty : " " + reason)}";
        var kind = statusCode switch
        {
            400 => ClusterFailureKind.BadRequest,
            401 => ClusterFailureKind.Unauthorized,
            403 => ClusterFailureKind.Forbidden,
            404 => ClusterFailureKind.NotFound,
            409 when string.Equals(reason, "AlreadyExists", StringComparison.Ordinal) => ClusterFailureKind.AlreadyExists,
            409 => ClusterFailureKind.Conflict,
            410 => ClusterFailureKind.Gone,
            422 => ClusterFailureKind.Invalid,
            // 429 that outlived the retries is the server's load, not the object's fault.
            429 or >= 500 => ClusterFailureKind.ServerError,
            _ => ClusterFailureKind.Other,
        };
        return new ClusterException(kind, redactor.Redact(message), statusCode, reason, inner);
    }

    public ClusterException Unreachable(Exception e)
    {
        var causes = new List<string>();
        for (var current = e; current is not null; current = current.InnerException)
        {
            // "see inner exception" wrappers and the cancellation behind a timeout add nothing a user can act on.
            // A cause an outer one already says ("Connection refused (host:port)" wraps "Connection refused") is said once.
            var message = current.Message.TrimEnd('.');
            if (current is not OperationCanceledException
                && !message.Contains("inner exception", StringComparison.OrdinalIgnoreCase)
                && !causes.Any(c => c.Contains(message, StringComparison.Ordinal)))
            {
                causes.Add(message);
            }
        }
        var cause = causes.Count == 0 ? e.GetType().Name : string.Join(": ", causes);
        return new ClusterException(
            ClusterFailureKind.Unreachable, redactor.Redact($"cannot reach the Kubernetes API server at {server}: {cause}"), inner: e);
    }

    /// <summary>Reads <c>message</c> and <c>reason</c> from a Status body; nulls when the body is not a Status.</summary>
    internal static (string? Message, string? Reason) ReadStatus(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }
            return (ReadString(root, "message"), ReadString(root, "reason"));
        }
        catch (JsonException)
        {
            // Proxies in front of API servers answer HTML or text; show its start rather than nothing.
            var text = body.Trim();
            return (text.Length > 200 ? text[..200] + "…" : text, null);
        }
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
