namespace HookSync.Core.Diff;

/// <summary>
/// A line diff (Myers' O(ND) shortest edit script) and its grouping into unified-diff hunks. The common head and tail are
/// cut off first, so the usual case (a few changed lines in a long object) costs little whatever the object's size.
/// </summary>
public static class LineDiff
{
    /// <summary>Lines of context around each change, as <c>diff -u</c>.</summary>
    public const int DefaultContext = 3;

    /// <summary>Every line of both texts in order: kept lines once, removed lines before the added lines that replace them.</summary>
    public static IReadOnlyList<DiffLine> Edits(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        var head = 0;
        while (head < oldLines.Count && head < newLines.Count && oldLines[head] == newLines[head])
        {
            head++;
        }
        var tail = 0;
        while (tail < oldLines.Count - head && tail < newLines.Count - head
            && oldLines[oldLines.Count - 1 - tail] == newLines[newLines.Count - 1 - tail])
        {
            tail++;
        }
        var result = new List<DiffLine>(oldLines.Count + newLines.Count);
        for (var i = 0; i < head; i++)
        {
            result.Add(new DiffLine(DiffLineKind.Context, oldLines[i]));
        }
        var a = Slice(oldLines, head, oldLines.Count - head - tail);
        var b = Slice(newLines, head, newLines.Count - head - tail);
        result.AddRange(Middle(a, b));
        for (var i = oldLines.Count - tail; i < oldLines.Count; i++)
        {
            result.Add(new DiffLine(DiffLineKind.Context, oldLines[i]));
        }
        return result;
    }

    /// <summary>The changes grouped into hunks with <paramref name="context"/> lines around each; empty when the texts are equal.</summary>
    public static IReadOnlyList<DiffHunk> Hunks(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines, int context = DefaultContext)
    {
        var edits = Edits(oldLines, newLines);
        var hunks = new List<DiffHunk>();
        var index = 0;
        // Old and new line numbers (0-based) of edits[index].
        var oldAt = new int[edits.Count + 1];
        var newAt = new int[edits.Count + 1];
        for (var i = 0; i < edits.Count; i++)
        {
            oldAt[i + 1] = oldAt[i] + (edits[i].Kind == DiffLineKind.Added ? 0 : 1);
            newAt[i + 1] = newAt[i] + (edits[i].Kind == DiffLineKind.Removed ? 0 : 1);
        }
        while (index < edits.Count)
        {
            var firstChange = FindChange(edits, index);
            if (firstChange < 0)
            {
                break;
            }
            var start = Math.Max(index, firstChange - context);
            var end = firstChange;
            // Extend while the next change is within 2 × context lines of unchanged text: one hunk, as diff -u joins them.
            while (true)
            {
                var lastChange = end;
                while (lastChange + 1 < edits.Count && edits[lastChange + 1].Kind != DiffLineKind.Context)
                {
                    lastChange++;
                }
                var next = FindChange(edits, lastChange + 1);
                if (next >= 0 && next - lastChange - 1 <= 2 * context)
                {
                    end = next;
                    continue;
                }
                end = Math.Min(edits.Count - 1, lastChange + context);
                break;
            }
            var lines = edits.Skip(start).Take(end - start + 1).ToList();
            hunks.Add(new DiffHunk(
                oldAt[start] + 1, lines.Count(l => l.Kind != DiffLineKind.Added),
                newAt[start] + 1, lines.Count(l => l.Kind != DiffLineKind.Removed),
                lines));
            index = end + 1;
        }
        return hunks;
    }

    private static int FindChange(IReadOnlyList<DiffLine> edits, int from)
    {
        for (var i = from; i < edits.Count; i++)
        {
            if (edits[i].Kind != DiffLineKind.Context)
            {
                return i;
            }
        }
        return -1;
    }

    private static string[] Slice(IReadOnlyList<string> lines, int start, int count)
    {
        var slice = new string[count];
        for (var i = 0; i < count; i++)
        {
            slice[i] = lines[start + i];
        }
        return slice;
    }

    // Myers 1986, forward greedy search keeping each round's frontier so the path can be traced back.
    private static List<DiffLine> Middle(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m;
        var result = new List<DiffLine>(max);
        if (n == 0 || m == 0)
        {
            result.AddRange(a.Select(l => new DiffLine(DiffLineKind.Removed, l)));
            result.AddRange(b.Select(l => new DiffLine(DiffLineKind.Added, l)));
            return result;
        }
        var offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        var found = false;
        for (var d = 0; d <= max && !found; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = true;
                    break;
                }
            }
        }
        // Walk back from (n, m) through the saved frontiers, collecting the edits in reverse.
        var reversed = new List<DiffLine>(max);
        int cx = n, cy = m;
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var frontier = trace[d];
            var k = cx - cy;
            int prevK;
            if (d == 0)
            {
                prevK = 0;
            }
            else
            {
                prevK = k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]) ? k + 1 : k - 1;
            }
            var prevX = d == 0 ? 0 : frontier[offset + prevK];
            var prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                reversed.Add(new DiffLine(DiffLineKind.Context, a[cx - 1]));
                cx--;
                cy--;
            }
            if (d > 0)
            {
                if (cx == prevX)
                {
                    reversed.Add(new DiffLine(DiffLineKind.Added, b[cy - 1]));
                }
                else
                {
                    reversed.Add(new DiffLine(DiffLineKind.Removed, a[cx - 1]));
                }
            }
            cx = prevX;
            cy = prevY;
        }
        reversed.Reverse();
        return Regroup(reversed);
    }

    // Within each run of changes, removed lines come before added ones, as diff -u prints a replaced block.
    private static List<DiffLine> Regroup(List<DiffLine> edits)
    {
        var result = new List<DiffLine>(edits.Count);
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == DiffLineKind.Context)
            {
                result.Add(edits[i++]);
                continue;
            }
            var run = new List<DiffLine>();
            while (i < edits.Count && edits[i].Kind != DiffLineKind.Context)
            {
                run.Add(edits[i++]);
            }
            result.AddRange(run.Where(l => l.Kind == DiffLineKind.Removed));
            result.AddRange(run.Where(l => l.Kind == DiffLineKind.Added));
        }
        return result;
    }
}
