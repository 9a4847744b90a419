using System.Text;
using System.Text.RegularExpressions;
using HookSync.Core.Diagnostics;
using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>
/// Checks, offline, that an object's name, namespace, kind and apiVersion are ones the API server accepts, before any
/// request is built from them. Names become URL path segments: a name such as <c>../../api/v1/...</c> must never
/// reach the adapter, whatever the adapter does to escape it.
/// </summary>
internal static partial class ObjectIdentityRules
{
    private const int SubdomainMax = 253;
    private const int LabelMax = 63;

    // RBAC objects are validated by the apiserver only as path segments (so "system:aggregate-to-edit" is a valid name).
    private static readonly HashSet<string> PathSegmentKinds = new(StringComparer.Ordinal) { "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding" };

    /// <summary>Reports an invalid namespace, kind or apiVersion of a document; true when all are valid.</summary>
    public static bool CheckTypeAndNamespace(KubeObject obj, SourceLocation source, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        if (!IsKind(obj.Kind))
        {
            diagnostics.Add(Invalid($"kind {Quote(obj.Kind)} is not a Kubernetes kind: it must start with a letter and contain only letters and digits (at most {LabelMax}).", source));
        }
        if (!IsApiVersion(obj.ApiVersion))
        {
            diagnostics.Add(Invalid($"apiVersion {Quote(obj.ApiVersion)} of {Describe(obj)} is not VERSION or GROUP/VERSION (group a DNS subdomain, version a DNS label, e.g. apps/v1).", source));
        }
        if (obj.Namespace.Length > 0 && !IsLabel(obj.Namespace))
        {
            diagnostics.Add(Invalid($"metadata.namespace {Quote(obj.Namespace)} of {Describe(obj)} is not a valid namespace: " +
                $"at most {LabelMax} lowercase letters, digits and '-', starting and ending with a letter or digit.", source));
        }
        return diagnostics.Count == before;
    }

    /// <summary>Reports an invalid metadata.name (for a hook with generateName: the generated name); true when valid.</summary>
    public static bool CheckName(KubeObject obj, bool generated, SourceLocation source, List<Diagnostic> diagnostics)
    {
        var name = obj.Name;
        var field = generated ? $"metadata.generateName {Quote(obj.GenerateName)} (generated name {Quote(name)})" : $"metadata.name {Quote(name)}";
        string? rule = null;
        if (name is "." or ".." || name.Contains('/', StringComparison.Ordinal) || name.Contains('%', StringComparison.Ordinal))
        {
            rule = "a name may not be '.' or '..' nor contain '/' or '%'";
        }
        else if (obj.Group.Length == 0 && obj.Kind == "Service")
        {
            rule = IsDns1035Label(name) ? null : $"a Service name is a DNS label: at most {LabelMax} lowercase letters, digits and '-', starting with a letter and ending with a letter or digit";
        }
        else if (obj.Group.Length == 0 && obj.Kind == "Namespace")
        {
            rule = IsLabel(name) ? null : $"a Namespace name is a DNS label: at most {LabelMax} lowercase letters, digits and '-', starting and ending with a letter or digit";
        }
        else if (obj.Group == "rbac.authorization.k8s.io" && PathSegmentKinds.Contains(obj.Kind))
        {
            rule = name.Length == 0 || name.Length > SubdomainMax || HasControlCharacter(name) ? $"an RBAC name is 1 to {SubdomainMax} printable characters" : null;
        }
        else
        {
            rule = IsSubdomain(name) ? null : $"a name is a DNS subdomain: at most {SubdomainMax} lowercase letters, digits, '-' and '.', starting and ending with a letter or digit";
        }
        if (rule is null)
        {
            return true;
        }
        diagnostics.Add(Invalid($"{field} of {obj.Kind} is not a valid name: {rule}.", source));
        return false;
    }

    private static Diagnostic Invalid(string message, SourceLocation source) => Diagnostic.Error(DiagnosticCodes.InvalidName, message, source);

    private static bool IsKind(string kind) => kind.Length is > 0 and <= LabelMax && KindPattern().IsMatch(kind);

    private static bool IsApiVersion(string apiVersion)
    {
        var parts = apiVersion.Split('/');
        return parts switch
        {
            [var version] => IsLabel(version),
            [var group, var version] => IsSubdomain(group) && IsLabel(version),
            _ => false,
        };
    }

    private static bool IsLabel(string value) => value.Length is > 0 and <= LabelMax && LabelPattern().IsMatch(value);

    private static bool IsDns1035Label(string value) => value.Length is > 0 and <= LabelMax && Dns1035Pattern().IsMatch(value);

    private static bool IsSubdomain(string value) => value.Length is > 0 and <= SubdomainMax && SubdomainPattern().IsMatch(value);

    private static bool HasControlCharacter(string value) => value.Any(char.IsControl);

    private static string Describe(KubeObject obj) => IsKind(obj.Kind) ? obj.Kind : "the object";

    /// <summary>Quotes a hostile value for a message: control characters escaped, long values cut.</summary>
    private static string Quote(string value)
    {
        const int Shown = 80;
        var text = new StringBuilder("'");
        foreach (var c in value.Length > Shown ? value[..Shown] : value)
        {
            text.Append(char.IsControl(c) || c == '\'' ? $"\\u{(int)c:x4}" : c.ToString());
        }
        text.Append(value.Length > Shown ? $"…' ({value.Length} characters)" : "'");
        return text.ToString();
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KindPattern();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^[a-z]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1035Pattern();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubdomainPattern();
}
