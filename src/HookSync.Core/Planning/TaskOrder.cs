using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>Sorts tasks (W1–W3 with the D-7 tie breaks) and pulls Namespaces and CRDs forward (W4).</summary>
internal static class TaskOrder
{
    /// <summary>Phase, wave, kind rank, name; then namespace, kind and group so the order is total (D-7).</summary>
    public static int Compare(SyncTask a, SyncTask b)
    {
        var c = a.Phase.CompareTo(b.Phase);
        if (c != 0) { return c; }
        c = a.Wave.CompareTo(b.Wave);
        if (c != 0) { return c; }
        c = KindOrder.Rank(a.Object.Kind).CompareTo(KindOrder.Rank(b.Object.Kind));
        if (c != 0) { return c; }
        c = string.CompareOrdinal(a.Object.Name, b.Object.Name);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(a.Object.Namespace, b.Object.Namespace);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(a.Object.Kind, b.Object.Kind);
        return c != 0 ? c : string.CompareOrdinal(a.Object.Group, b.Object.Group);
    }

    public static List<SyncTask> Sort(IEnumerable<SyncTask> tasks)
    {
        var sorted = tasks.ToList();
        sorted.Sort(Compare);
        PullForward(sorted, t => t.Object.Kind == "Namespace" && t.Object.Group.Length == 0,
            (ns, other) => other.Object.Namespace == ns.Object.Name);
        PullForward(sorted, t => CustomResourceDefinitions.IsCrd(t.Object),
            (crd, other) => CustomResourceDefinitions.ServedKind(crd.Object) is { } served
                && served == new GroupKind(other.Object.Group, other.Object.Kind));
        return sorted;
    }

    /// <summary>
    /// Inserts <paramref name="extra"/> (prune tasks) into an already sorted plan by <see cref="Compare"/>, without the W4
    /// pull-forward: a Namespace being pruned must not move ahead of what it holds.
    /// </summary>
    public static List<SyncTask> Merge(IReadOnlyList<SyncTask> sorted, IEnumerable<SyncTask> extra)
    {
        var merged = sorted.ToList();
        var ordered = extra.ToList();
        ordered.Sort(Compare);
        foreach (var task in ordered)
        {
            var at = merged.FindIndex(t => Compare(task, t) < 0);
            merged.Insert(at < 0 ? merged.Count : at, task);
        }
        return merged;
    }

    // W4: a dependency (Namespace, CRD) that sorts after a task needing it moves to just before the first such
    // task and takes that task's phase and wave (TestSyncTasksSort_NamespaceAndObjectInNamespace, _CRDAndCR).
    private static void PullForward(List<SyncTask> tasks, Func<SyncTask, bool> isDependency, Func<SyncTask, SyncTask, bool> needs)
    {
        for (var i = 0; i < tasks.Count; i++)
        {
            var dependency = tasks[i];
            if (!isDependency(dependency))
            {
                continue;
            }
            var first = tasks.FindIndex(0, i, t => needs(dependency, t));
            if (first < 0)
            {
                continue;
            }
            tasks.RemoveAt(i);
            tasks.Insert(first, dependency with { Phase = tasks[first].Phase, Wave = tasks[first].Wave });
        }
    }
}
