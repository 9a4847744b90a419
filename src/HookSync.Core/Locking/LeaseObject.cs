using System.Globalization;
using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Locking;

/// <summary>Reads and writes the fields of a <c>coordination.k8s.io/v1</c> Lease that the lock uses.</summary>
internal static class LeaseObject
{
    public static readonly GroupVersionKind Gvk = new("coordination.k8s.io", "v1", "Lease");

    // MicroTime, as the API server writes it.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static KubeObject New(LockOptions options, DateTimeOffset now) => KubeObject.Adopt(new JsonObject
    {
        ["apiVersion"] = "coordination.k8s.io/v1",
        ["kind"] = "Lease",
        ["metadata"] = new JsonObject
        {
            ["name"] = options.Name,
            ["namespace"] = options.Namespace,
            ["labels"] = new JsonObject { ["app.kubernetes.io/managed-by"] = "hooksync" },
        },
        ["spec"] = Spec(options, now, now, transitions: 0),
    });

    /// <summary>The live Lease taken over or renewed by this run; its resourceVersion stays as the write precondition.</summary>
    public static KubeObject Held(KubeObject live, LockOptions options, DateTimeOffset now, bool takeOver) => live.With(root =>
    {
        var acquired = takeOver ? now : AcquireTime(live) ?? now;
        var transitions = (live.GetInt64("spec", "leaseTransitions") ?? 0) + (takeOver ? 1 : 0);
        root["spec"] = Spec(options, acquired, now, transitions);
    });

    public static string Holder(KubeObject lease) => lease.GetString("spec", "holderIdentity") ?? string.Empty;

    public static DateTimeOffset? AcquireTime(KubeObject lease) => Time(lease.GetString("spec", "acquireTime"));

    /// <summary>A Lease whose holder stopped renewing it (renewTime + leaseDurationSeconds is past) may be taken over.</summary>
    public static bool IsExpired(KubeObject lease, DateTimeOffset now)
    {
        var renewed = Time(lease.GetString("spec", "renewTime")) ?? AcquireTime(lease);
        var seconds = lease.GetInt64("spec", "leaseDurationSeconds") ?? 0;
        return renewed is null || Holder(lease).Length == 0 || renewed.Value.AddSeconds(seconds) < now;
    }

    private static JsonObject Spec(LockOptions options, DateTimeOffset acquired, DateTimeOffset renewed, long transitions) => new()
    {
        ["holderIdentity"] = options.Holder,
        ["leaseDurationSeconds"] = (long)options.LeaseDuration.TotalSeconds,
        ["acquireTime"] = acquired.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
        ["renewTime"] = renewed.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
        ["leaseTransitions"] = transitions,
    };

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
}
