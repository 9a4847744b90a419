using System.Globalization;
using HookSync.Cli.Commands;
using HookSync.Simulator.Faults;

namespace HookSync.Cli.Cluster;

/// <summary>
/// Parses <c>--simulate-fault KIND[,key=value…]</c>, the API faults a user rehearses a pipeline against:
/// <c>503,rate=0.3,seed=7</c>, <c>reset,verb=get,max=1</c>, <c>lost-response,verb=apply,path=/jobs,max=1</c>.
/// </summary>
internal static class SimulatedFaults
{
    private static readonly Dictionary<string, FaultKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["429"] = FaultKind.TooManyRequests,
        ["500"] = FaultKind.InternalError,
        ["503"] = FaultKind.ServiceUnavailable,
        ["409"] = FaultKind.Conflict,
        ["reset"] = FaultKind.ResetBeforeProcessing,
        ["lost-response"] = FaultKind.LoseResponseAfterProcessing,
        ["slow"] = FaultKind.SlowResponse,
        ["watch-cut"] = FaultKind.WatchCut,
        ["watch-expired"] = FaultKind.WatchExpired,
    };

    public const string Syntax = "KIND[,verb=VERB][,path=TEXT][,after=N][,rate=0..1][,seed=N][,max=N][,delay=DURATION]";

    /// <exception cref="UsageException">The text is not of that form.</exception>
    public static FaultRule Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !Kinds.TryGetValue(parts[0], out var kind))
        {
            throw new UsageException($"--simulate-fault takes {Syntax}, where KIND is one of {string.Join(", ", Kinds.Keys)}; not '{text}'.");
        }
        var rule = new FaultRule(kind);
        foreach (var part in parts.Skip(1))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = eq > 0 ? (part[..eq].Trim(), part[(eq + 1)..].Trim()) : (part, string.Empty);
            rule = key switch
            {
                "verb" => rule with { Verb = value },
                "path" => rule with { PathContains = value },
                "after" => rule with { After = Count(key, value, text) },
                "max" => rule with { MaxCount = Count(key, value, text) },
                "seed" => rule with { Seed = Count(key, value, text) },
                "rate" => rule with { Rate = Rate(value, text) },
                "delay" => rule with { Delay = Core.Hooks.DurationParser.TryParse(value, out var delay) ? delay : throw Bad(key, value, text) },
                _ => throw new UsageException($"--simulate-fault '{text}': unknown key '{key}'; the form is {Syntax}."),
            };
        }
        return rule;
    }

    private static int Count(string key, string value, string text) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Bad(key, value, text);

    private static double Rate(string value, string text) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? rate
            : throw Bad("rate", value, text);

    private static UsageException Bad(string key, string value, string text) =>
        new($"--simulate-fault '{text}': '{value}' is not a valid {key}; the form is {Syntax}.");
}
