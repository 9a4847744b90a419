using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using HookSync.Simulator.Controllers;
using HookSync.Simulator.Faults;
using Microsoft.AspNetCore.Http;

namespace HookSync.Simulator.Api;

/// <summary>The catch-all HTTP handler: latency, bearer token, routing to discovery and verbs, Status errors, the request log.</summary>
internal sealed class ApiRequestHandler(SimulatorContext context, GarbageCollector collector)
{
    private readonly ResourceReader _reader = new(context);
    private readonly ResourceWriter _writer = new(context);
    private readonly WatchStreamer _watches = new(context);
    private readonly LogStreamer _logs = new(context);
    private readonly AccessControl _access = new(context.Options);

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var verb = new StrongBox<string?>(RequestVerb.Classify(request));
        // Logged on arrival, so a long watch sits in the log where it started; the status code is filled in when known.
        var position = context.Requests.Begin(new RecordedRequest(request.Method, request.Path.Value ?? "/",
            request.QueryString.Value?.TrimStart('?') ?? "", request.ContentType, 0, verb.Value) { Protocol = request.Protocol });
        var processed = true;
        http.Response.OnStarting(() =>
        {
            // Kestrel still "starts" the response of an aborted connection; that answer was never sent.
            context.Requests.Complete(position, processed ? http.Response.StatusCode : 0, verb.Value);
            return Task.CompletedTask;
        });
        var fault = context.Faults.Next(verb.Value, request.Method, request.Path.Value ?? "/");
        if (fault is not null)
        {
            context.Requests.MarkFault(position, fault.Kind.ToString());
        }
        var loseResponse = false;
        try
        {
            if (context.Options.Latency > TimeSpan.Zero)
            {
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, context.ShuttingDown);
                await Task.Delay(context.Options.Latency, context.Options.Time, stop.Token).ConfigureAwait(false);
            }
            if (fault is not null)
            {
                if (fault.Kind == FaultKind.ResetBeforeProcessing)
                {
                    processed = false;
                    http.Abort();
                    return;
                }
                if (await FaultResponder.AnswerInsteadAsync(http, fault, context).ConfigureAwait(false))
                {
                    return;
                }
                if (fault.Kind == FaultKind.LoseResponseAfterProcessing)
                {
                    // The request is processed for real; its answer goes nowhere and the connection is then aborted.
                    loseResponse = true;
                    http.Response.Body = Stream.Null;
                }
            }
            Authorize(request);
            await DispatchAsync(http, verb).ConfigureAwait(false);
        }
        catch (ApiException ex) when (!http.Response.HasStarted)
        {
            await WriteJsonAsync(http, ex.Code, ex.ToStatus()).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested || context.ShuttingDown.IsCancellationRequested)
        {
            // The client went away or the simulator stopped; nothing more to send.
            if (!http.Response.HasStarted)
            {
                http.Response.StatusCode = 503;
            }
        }
        finally
        {
            if (loseResponse)
            {
                http.Abort();
            }
            context.Requests.Complete(position, processed ? http.Response.StatusCode : 0, verb.Value);
        }
    }

    private void Authorize(HttpRequest request)
    {
        if (context.Options.Token is not { } token)
        {
            return;
        }
        var expected = Encoding.UTF8.GetBytes("Bearer " + token);
        var actual = Encoding.UTF8.GetBytes(request.Headers.Authorization.ToString());
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            throw new ApiException(401, "Unauthorized", "Unauthorized");
        }
    }

    private async Task DispatchAsync(HttpContext http, StrongBox<string?> verbBox)
    {
        var request = http.Request;
        var rawPath = request.Path.Value ?? "/";
        if (rawPath is "/healthz" or "/livez" or "/readyz")
        {
            http.Response.ContentType = "text/plain";
            await http.Response.WriteAsync("ok", http.RequestAborted).ConfigureAwait(false);
            return;
        }
        if (rawPath.StartsWith("/openapi", StringComparison.Ordinal))
        {
            // No OpenAPI is served; clients use --validate=false.
            throw ApiException.Unserved();
        }
        if (request.Method == "POST" && AccessControl.IsReviewPath(rawPath))
        {
            // A review stores nothing: logged as "review", so a test asserting "no writes" is not misled by the preflight.
            verbBox.Value = "review";
            await WriteJsonAsync(http, 201, _access.Review(rawPath, ObjectShape.Parse(await ReadBodyAsync(request).ConfigureAwait(false)))).ConfigureAwait(false);
            return;
        }
        var document = Discovery.Document(rawPath, context.Catalog, request.Host.Value ?? "127.0.0.1");
        if (document is not null)
        {
            await WriteJsonAsync(http, 200, document).ConfigureAwait(false);
            return;
        }
        var path = ApiPath.Parse(rawPath, context.Catalog);
        var write = WriteRequest.From(request);
        // The URL shape alone can mislead (a namespace's own subresource); the parsed path settles get versus list.
        verbBox.Value = (verbBox.Value, path.Name) switch
        {
            ("get", null) => "list",
            ("list", not null) => "get",
            ("delete", null) => "deletecollection",
            ("deletecollection", not null) => "delete",
            var (v, _) => v,
        };
        var verb = verbBox.Value;
        _access.Authorize(verb, path);
        switch (verb)
        {
            case "log":
                await _logs.StreamAsync(http, path).ConfigureAwait(false);
                return;
            case "watch":
                await _watches.StreamAsync(http, path).ConfigureAwait(false);
                return;
            case "get":
                await WriteJsonAsync(http, 200, _reader.Get(path)).ConfigureAwait(false);
                return;
            case "list":
                await WriteJsonAsync(http, 200, _reader.List(path, request.Query)).ConfigureAwait(false);
                return;
            case "delete":
                await WriteAsync(http, Delete(path, await ReadOptionsAsync(request).ConfigureAwait(false), write)).ConfigureAwait(false);
                return;
            case "deletecollection":
                await WriteAsync(http, DeleteCollection(path, request.Query, write)).ConfigureAwait(false);
                return;
            default:
                break;
        }
        if ((request.ContentType ?? "").Contains("protobuf", StringComparison.OrdinalIgnoreCase))
        {
            // Only JSON bodies are understood; clients that can (kubectl apply, KubernetesClient) send JSON.
            throw new ApiException(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: application/json, application/yaml");
        }
        var text = await ReadBodyAsync(request).ConfigureAwait(false);
        if (verb == "patch" && (request.ContentType ?? "").StartsWith("application/json-patch+json", StringComparison.OrdinalIgnoreCase))
        {
            await WriteAsync(http, _writer.JsonPatch(path, ObjectShape.ParseArray(text), write)).ConfigureAwait(false);
            return;
        }
        var body = ObjectShape.Parse(text);
        var result = verb switch
        {
            "create" => _writer.Create(path, body, write),
            "update" => _writer.Update(path, body, write),
            "apply" => _writer.Apply(path, body, write),
            "patch" when IsMergePatch(request.ContentType) => _writer.MergePatch(path, body, write),
            "patch" => throw new ApiException(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml"),
            _ => throw ApiException.MethodNotAllowed(),
        };
        await WriteAsync(http, result).ConfigureAwait(false);
    }

    private (int Code, JsonObject Body) Delete(ApiPath path, JsonObject options, WriteRequest write)
    {
        if (path.Subresource is not null)
        {
            throw ApiException.MethodNotAllowed();
        }
        var policy = options.Str("propagationPolicy");
        if (options.Bool("orphanDependents"))
        {
            policy ??= "Orphan";
        }
        var dryRun = write.DryRun || (options["dryRun"] as JsonArray)?.Any(d => d.AsSelectorText() == "All") == true;
        var key = ObjectShape.KeyOf(path.Type, path.Namespace, path.Name!);
        var (result, deferred) = context.Store.Transact(tx => collector.Delete(tx, path.Type, key, policy, dryRun));
        // As the apiserver: 202 with the object while a foreground deletion waits, the object while finalizers wait,
        // and once gone a Success Status (pods return the deleted object).
        if (deferred)
        {
            return (policy == "Foreground" ? 202 : 200, ObjectShape.Output(path.Type, result.Object));
        }
        return path.Type is { Group: "", Name: "pods" } || dryRun
            ? (200, ObjectShape.Output(path.Type, result.Object))
            : (200, StatusBodies.Success(path.Type, path.Name!, result.Uid));
    }

    private (int Code, JsonObject Body) DeleteCollection(ApiPath path, IQueryCollection query, WriteRequest write)
    {
        var list = _reader.List(path, query);
        var policy = query["propagationPolicy"].ToString();
        foreach (var item in (list["items"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var key = ObjectShape.KeyOf(path.Type, item.Str("metadata", "namespace"), item.Str("metadata", "name")!);
            context.Store.Transact(tx => tx.Get(key) is null ? default : collector.Delete(tx, path.Type, key, policy.Length == 0 ? null : policy, write.DryRun));
        }
        return (200, list);
    }


    private static bool IsMergePatch(string? contentType) =>
        (contentType ?? "").StartsWith("application/merge-patch+json", StringComparison.OrdinalIgnoreCase)
        || (contentType ?? "").StartsWith("application/strategic-merge-patch+json", StringComparison.OrdinalIgnoreCase);

    private static async Task<JsonObject> ReadOptionsAsync(HttpRequest request)
    {
        var text = await ReadBodyAsync(request).ConfigureAwait(false);
        var options = string.IsNullOrWhiteSpace(text) ? [] : ObjectShape.Parse(text);
        foreach (var name in new[] { "propagationPolicy" })
        {
            if (request.Query.TryGetValue(name, out var value) && value.ToString().Length > 0)
            {
                options[name] = value.ToString();
            }
        }
        if (request.Query["orphanDependents"].ToString() == "true")
        {
            options["orphanDependents"] = true;
        }
        return options;
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static Task WriteAsync(HttpContext http, (int Code, JsonObject Body) result) => WriteJsonAsync(http, result.Code, result.Body);

    private static async Task WriteJsonAsync(HttpContext http, int code, JsonObject body)
    {
        http.Response.StatusCode = code;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted).ConfigureAwait(false);
    }
}
