using System.Globalization;
using System.Text.Json.Nodes;
using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>H4: health of a core/v1 Pod, by restart policy, container states and phase.</summary>
public sealed class PodHealthRule : IHealthRule
{
    /// <summary>Makes a run-to-completion Pod (Never/OnFailure) be judged like a long-running one; ignored on hooks.</summary>
    public const string IgnoreRestartPolicyAnnotation = "argocd.argoproj.io/ignore-restart-policy";

    public bool AppliesTo(GroupKind kind) => kind is { Group: "", Kind: "Pod" };

    public HealthStatus Assess(KubeObject live)
    {
        LiveFields.RequireVersion(live, "Pod", "v1");
        var restartPolicy = LiveFields.Text(live, "spec", "restartPolicy");
        var longRunning = restartPolicy == "Always" || IgnoresRestartPolicy(live);
        var containers = live.Select("status", "containerStatuses") as JsonArray ?? [];
        var statusMessage = LiveFields.Text(live, "status", "message");

        if (longRunning)
        {
            // H4.1: only regular containers are checked; a failing init container shows up through the phase.
            var waitingMessages = new List<string>();
            foreach (var container in containers.OfType<JsonObject>())
            {
                if (container["state"]?["waiting"] is JsonObject waiting && IsErrorReason(Str(waiting, "reason")))
                {
                    waitingMessages.Add(Str(waiting, "message"));
                }
            }
            if (waitingMessages.Count > 0)
            {
                return HealthStatus.Degraded(string.Join(", ", waitingMessages));
            }
        }

        switch (LiveFields.Text(live, "status", "phase"))
        {
            case "Pending":
                return HealthStatus.Progressing(statusMessage);
            case "Succeeded":
                return HealthStatus.Healthy(statusMessage);
            case "Failed":
                return HealthStatus.Degraded(statusMessage.Length > 0 ? statusMessage : FailureMessage(live));
            case "Running" when longRunning:
                if (IsReady(live))
                {
                    return HealthStatus.Healthy(statusMessage);
                }
                var restarted = containers.OfType<JsonObject>().Any(c => c["lastState"]?["terminated"] is JsonObject);
                return restarted ? HealthStatus.Degraded(statusMessage) : HealthStatus.Progressing(statusMessage);
            case "Running" when restartPolicy is "Never" or "OnFailure":
                // H4: run-to-completion Pods stay Progressing even when Ready; that is what makes them usable as hooks.
                return HealthStatus.Progressing(statusMessage);
            default:
                return HealthStatus.Unknown(statusMessage);
        }
    }

    private static bool IgnoresRestartPolicy(KubeObject live) =>
        live.Annotations.TryGetValue(IgnoreRestartPolicyAnnotation, out var value) && value == "true"
        && !live.Annotations.ContainsKey(AnnotationKeys.Hook)
        && !live.Annotations.ContainsKey(AnnotationKeys.HelmHook);

    private static bool IsErrorReason(string reason) =>
        reason.StartsWith("Err", StringComparison.Ordinal)
        || reason.EndsWith("Error", StringComparison.Ordinal)
        || reason.EndsWith("BackOff", StringComparison.Ordinal);

    private static bool IsReady(KubeObject live) =>
        StatusCondition.Find(StatusCondition.ListOf(live), "Ready")?.IsTrue == true;

    /// <summary>H4: the first init or regular container that terminated with a message, OOMKilled or a non-zero exit code.</summary>
    private static string FailureMessage(KubeObject live)
    {
        var init = live.Select("status", "initContainerStatuses") as JsonArray ?? [];
        var regular = live.Select("status", "containerStatuses") as JsonArray ?? [];
        foreach (var container in init.Concat(regular).OfType<JsonObject>())
        {
            if (container["state"]?["terminated"] is not JsonObject terminated)
            {
                continue;
            }
            var message = Str(terminated, "message");
            if (message.Length > 0)
            {
                return message;
            }
            if (Str(terminated, "reason") == "OOMKilled")
            {
                return "OOMKilled";
            }
            var exitCode = LiveFields.Number(terminated["exitCode"]);
            if (exitCode != 0)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"container {LiveFields.Quote(Str(container, "name"))} failed with exit code {exitCode}");
            }
        }
        return string.Empty;
    }

    private static string Str(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;
}
