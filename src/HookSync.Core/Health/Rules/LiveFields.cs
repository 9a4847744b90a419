using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>Typed reads of live-object fields with Kubernetes' zero-value defaults, and the apiVersion guard.</summary>
internal static class LiveFields
{
    /// <summary>An integer field, or 0 when absent (Go's zero value, as Argo CD's typed conversion gives).</summary>
    public static long Int(KubeObject live, params string[] path) => live.GetInt64(path) ?? 0;

    /// <summary>An integer JSON value (however it was parsed), or 0 when absent or not a whole number.</summary>
    public static long Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
        && long.TryParse(v.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>A string field, or empty when absent.</summary>
    public static string Text(KubeObject live, params string[] path) => live.GetString(path) ?? string.Empty;

    /// <summary>
    /// H3: some checks require a known apiVersion; any other version cannot be judged (→ Unknown / hook Error).
    /// The message follows Argo CD's <c>unsupported &lt;Kind&gt; GVK: &lt;group&gt;/&lt;version&gt;, Kind=&lt;kind&gt;</c>.
    /// </summary>
    public static void RequireVersion(KubeObject live, string subject, params string[] versions)
    {
        if (!versions.Contains(live.Version, StringComparer.Ordinal))
        {
            throw new HealthCheckException(string.Create(CultureInfo.InvariantCulture,
                $"unsupported {subject} GVK: {live.Group}/{live.Version}, Kind={live.Kind}"));
        }
    }

    /// <summary>Go's <c>%q</c> for the plain names Kubernetes allows: the text in double quotes.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
