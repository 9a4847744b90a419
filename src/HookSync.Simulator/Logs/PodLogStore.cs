using System.Collections.Concurrent;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Logs;

/// <summary>Pod logs keyed by pod name; follows pod lifecycle events to start and complete each log.</summary>
internal sealed class PodLogStore
{
    private readonly ConcurrentDictionary<string, PodLog> _logs = new(StringComparer.Ordinal);

    public PodLog For(string podName) => _logs.GetOrAdd(podName, _ => new PodLog());

    public void Append(string podName, params string[] lines) => For(podName).Append(lines);

    public void OnChange(WatchEvent change)
    {
        if (!change.Key.SameKind("", "pods"))
        {
            return;
        }
        var log = For(change.Key.Name);
        var phase = change.Object.Str("status", "phase");
        switch (change.Type)
        {
            case WatchEvent.Added:
                log.Adopt(change.Object.Str("metadata", "uid") ?? "");
                break;
            case WatchEvent.Deleted:
                log.Complete();
                break;
            case WatchEvent.Modified when phase is "Succeeded" or "Failed":
                log.Complete();
                break;
            default:
                break;
        }
    }
}
