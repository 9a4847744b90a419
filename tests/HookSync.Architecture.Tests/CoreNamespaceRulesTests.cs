using HookSync.Core.Execution;

namespace HookSync.Architecture.Tests;

/// <summary>
/// The areas of HookSync.Core (Model, Hooks, Planning, Ports, Execution, …) depend on each other without cycles, so each
/// can be read and changed from the bottom up. Sub-namespaces count as their area (Health.Rules is Health).
/// </summary>
public sealed class CoreNamespaceRulesTests
{
    private const string Prefix = "HookSync.Core.";

    [Fact]
    public void CoreAreas_DependOnEachOtherWithoutCycles()
    {
        var graph = AreaGraph();

        var cycles = graph.Keys.Select(area => CycleFrom(area, graph)).OfType<string>().Distinct().ToList();

        Assert.True(cycles.Count == 0, "HookSync.Core namespace cycles: " + string.Join("; ", cycles));
    }

    [Fact]
    public void AreaGraph_HasTheKnownEdges()
    {
        // Guards the detector itself: an empty graph would pass the cycle test.
        var graph = AreaGraph();

        Assert.Superset(new HashSet<string> { "Health", "Planning", "Ports", "Reporting" }, graph["Execution"]);
        Assert.Contains("Model", graph["Planning"]);
    }

    private static Dictionary<string, HashSet<string>> AreaGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in typeof(SyncExecutor).Assembly.GetTypes())
        {
            if (AreaOf(type) is not { } from)
            {
                continue;
            }
            var edges = graph.TryGetValue(from, out var existing) ? existing : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var to in IlReferences.TypesUsedBy(type).Select(AreaOf).OfType<string>().Where(to => to != from))
            {
                edges.Add(to);
            }
        }
        return graph;
    }

    // Compiler-generated nested types (lambdas, async state machines) belong to the namespace of their declaring type.
    private static string? AreaOf(Type type)
    {
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        return ns[Prefix.Length..].Split('.')[0];
    }

    private static string? CycleFrom(string start, Dictionary<string, HashSet<string>> graph)
    {
        // Breadth-first search for a path from start back to itself; reported as "A → B → A".
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var area))
        {
            foreach (var next in graph.GetValueOrDefault(area) ?? [])
            {
                if (next == start)
                {
                    var path = new List<string>();
                    for (var back = area; back != start; back = previous[back])
                    {
                        path.Add(back);
                    }
                    path.Reverse();
                    return string.Join(" → ", path.Prepend(start).Append(start));
                }
                if (previous.TryAdd(next, area))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return null;
    }
}
