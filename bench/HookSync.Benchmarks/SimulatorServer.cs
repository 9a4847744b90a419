using System.Globalization;
using System.Runtime.InteropServices;
using HookSync.Simulator;

namespace HookSync.Benchmarks;

/// <summary>
/// <c>serve KUBECONFIG [LATENCY_MS] [WORK_MS] [COUNTS_FILE] [TIMELINE_FILE] [tls]</c>: a standalone simulator that HookSync and
/// kubectl both talk to (bench/side-by-side.sh). It writes its kubeconfig, serves until SIGTERM or SIGINT, then writes the
/// requests it served, counted by verb, to COUNTS_FILE (one "verb count" line each, and "total N"), and when asked, to
/// TIMELINE_FILE one line per kind of request: "kind count first-arrival last-answer" in Unix milliseconds, where kind is
/// the verb, or "dryrun" for a server-side dry-run; the script subtracts the client's own start and end times from them.
/// With "tls" it serves HTTPS (HTTP/2 offered by ALPN), as real API servers do.
/// </summary>
internal static class SimulatorServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var kubeconfig = args[0];
        var latency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        var work = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
        var counts = args.Length > 3 ? args[3] : null;
        var timeline = args.Length > 4 && args[4].Length > 0 ? args[4] : null;
        var tls = args.Length > 5 && args[5] == "tls";
        using var stop = new CancellationTokenSource();
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
        await using var simulator = await ClusterSimulator.StartAsync(new SimulatorOptions
        {
            Latency = TimeSpan.FromMilliseconds(latency),
            WorkDuration = TimeSpan.FromMilliseconds(work),
            // No token: kubectl then downloads its OpenAPI schema like any request; HookSync's client insists on a
            // credential, so the kubeconfig carries a placeholder the token-less simulator ignores.
            Token = null,
            Tls = tls,
        });
        // Written last (atomically), so a script waiting for the file finds a server already listening.
        var temporary = kubeconfig + ".tmp";
        await File.WriteAllTextAsync(temporary, simulator.KubeconfigYaml.Replace("user: {}", "user:\n    token: anonymous", StringComparison.Ordinal), CancellationToken.None);
        File.Move(temporary, kubeconfig, overwrite: true);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // SIGTERM: report and stop.
        }
        if (counts is not null)
        {
            var requests = simulator.Requests;
            var lines = requests.GroupBy(r => r.Verb ?? "other").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count()}")
                .Append($"dryrun {requests.Count(r => r.Query.Contains("dryRun=All", StringComparison.Ordinal))}")
                .Append($"total {requests.Count}");
            await File.WriteAllLinesAsync(counts, lines, CancellationToken.None);
        }
        if (timeline is not null)
        {
            var lines = simulator.Requests
                .GroupBy(r => r.Query.Contains("dryRun=All", StringComparison.Ordinal) ? "dryrun" : r.Verb ?? "other")
                .Select(g => (Kind: g.Key, Count: g.Count(), First: g.Min(r => r.ArrivedAt), Last: g.Max(r => r.AnsweredAt ?? r.ArrivedAt)))
                .OrderBy(g => g.First)
                .Select(g => string.Create(CultureInfo.InvariantCulture,
                    $"{g.Kind} {g.Count} {g.First.ToUnixTimeMilliseconds()} {g.Last.ToUnixTimeMilliseconds()}"));
            await File.WriteAllLinesAsync(timeline, lines, CancellationToken.None);
        }
        return 0;
    }
}
