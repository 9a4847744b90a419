using System.Text.Json.Nodes;

namespace HookSync.Simulator.Api;

/// <summary>A request failure the simulator reports as a Kubernetes <c>Status</c> body, with the real server's reason and message.</summary>
internal sealed class ApiException : Exception
{
    public ApiException() : this(500, "InternalError", "internal error")
    {
    }

    public ApiException(string message) : this(500, "InternalError", message)
    {
    }

    public ApiException(string message, Exception innerException) : base(message, innerException)
    {
        Code = 500;
        Reason = "InternalError";
    }

    public ApiException(int code, string reason, string message, JsonObject? details = null) : base(message)
    {
        Code = code;
        Reason = reason;
        Details = details;
    }

    public int Code { get; }

    public string Reason { get; }

    public JsonObject? Details { get; }

    public JsonObject ToStatus() => StatusBodies.Failure(Code, Reason, Message, Details?.DeepClone() as JsonObject);

    public static ApiException Unserved() => new(404, "NotFound", "the server could not find the requested resource", []);

    public static ApiException NotFound(ResourceType type, string name) =>
        new(404, "NotFound", $"{type.QualifiedName} \"{name}\" not found", DetailsFor(type, name, type.Name));

    public static ApiException NamespaceNotFound(string ns) =>
        new(404, "NotFound", $"namespaces \"{ns}\" not found", new JsonObject { ["name"] = ns, ["kind"] = "namespaces" });

    public static ApiException AlreadyExists(ResourceType type, string name) =>
        new(409, "AlreadyExists", $"{type.QualifiedName} \"{name}\" already exists", DetailsFor(type, name, type.Name));

    public static ApiException Modified(ResourceType type, string name) =>
        new(409, "Conflict", $"Operation cannot be fulfilled on {type.QualifiedName} \"{name}\": the object has been modified; please apply your changes to the latest version and try again", DetailsFor(type, name, type.Name));

    public static ApiException Invalid(ResourceType type, string name, string field, string causeReason, string detail)
    {
        var qualifiedKind = type.Group.Length == 0 ? type.Kind : type.Kind + "." + type.Group;
        var details = DetailsFor(type, name, type.Kind);
        details["causes"] = new JsonArray(new JsonObject { ["reason"] = causeReason, ["message"] = detail, ["field"] = field });
        return new(422, "Invalid", $"{qualifiedKind} \"{name}\" is invalid: {field}: {detail}", details);
    }

    public static ApiException BadRequest(string message) => new(400, "BadRequest", message);

    public static ApiException MethodNotAllowed() => new(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", []);

    private static JsonObject DetailsFor(ResourceType type, string name, string kind)
    {
        var details = new JsonObject { ["name"] = name };
        if (type.Group.Length > 0)
        {
            details["group"] = type.Group;
        }
        details["kind"] = kind;
        return details;
    }
}
