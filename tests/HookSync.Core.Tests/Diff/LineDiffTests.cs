using HookSync.Core.Diff;

namespace HookSync.Core.Tests.Diff;

public sealed class LineDiffTests
{
    private static readonly string[] Ten = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

    [Fact]
    public void Hunks_EqualTexts_None() => Assert.Empty(LineDiff.Hunks(Ten, Ten));

    [Fact]
    public void Hunks_OneChangedLine_OneHunkWithThreeLinesOfContext()
    {
        var changed = Ten.Select(l => l == "5" ? "five" : l).ToArray();

        var hunk = Assert.Single(LineDiff.Hunks(Ten, changed));

        Assert.Equal("@@ -2,7 +2,7 @@", hunk.Header);
        Assert.Equal([" 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8"], hunk.Lines.Select(l => l.ToString()));
    }

    [Fact]
    public void Hunks_FromNothing_AllAddedFromLineZero()
    {
        var hunk = Assert.Single(LineDiff.Hunks([], ["a", "b"]));

        Assert.Equal("@@ -0,0 +1,2 @@", hunk.Header);
        Assert.All(hunk.Lines, l => Assert.Equal(DiffLineKind.Added, l.Kind));
    }

    [Fact]
    public void Hunks_ToNothing_AllRemoved()
    {
        var hunk = Assert.Single(LineDiff.Hunks(["a", "b", "c"], []));

        Assert.Equal("@@ -1,3 +0,0 @@", hunk.Header);
        Assert.All(hunk.Lines, l => Assert.Equal(DiffLineKind.Removed, l.Kind));
    }

    [Fact]
    public void Hunks_ChangesFarApart_TwoHunks()
    {
        var lines = Enumerable.Range(1, 30).Select(i => i.ToString()).ToArray();
        var changed = lines.Select(l => l is "2" or "28" ? l + "x" : l).ToArray();

        var hunks = LineDiff.Hunks(lines, changed);

        Assert.Equal(["@@ -1,5 +1,5 @@", "@@ -25,6 +25,6 @@"], hunks.Select(h => h.Header));
    }

    [Fact]
    public void Hunks_ChangesWithinSixLines_OneHunk()
    {
        var changed = Ten.Select(l => l is "2" or "8" ? l + "x" : l).ToArray();

        var hunk = Assert.Single(LineDiff.Hunks(Ten, changed));

        Assert.Equal("@@ -1,10 +1,10 @@", hunk.Header);
    }

    [Fact]
    public void Hunks_InsertedLine_CountsDiffer()
    {
        var inserted = Ten.Take(5).Append("new").Concat(Ten.Skip(5)).ToArray();

        var hunk = Assert.Single(LineDiff.Hunks(Ten, inserted));

        Assert.Equal("@@ -3,6 +3,7 @@", hunk.Header);
        Assert.Equal("+new", hunk.Lines[3].ToString());
    }

    [Fact]
    public void Edits_RandomTexts_RebuildBothSidesWithAShortestScript()
    {
        var random = new Random(42);
        for (var round = 0; round < 300; round++)
        {
            var a = RandomLines(random);
            var b = RandomLines(random);

            var edits = LineDiff.Edits(a, b);

            Assert.Equal(a, edits.Where(e => e.Kind != DiffLineKind.Added).Select(e => e.Text));
            Assert.Equal(b, edits.Where(e => e.Kind != DiffLineKind.Removed).Select(e => e.Text));
            // Minimal: the kept lines are a longest common subsequence.
            Assert.Equal(Lcs(a, b), edits.Count(e => e.Kind == DiffLineKind.Context));
        }
    }

    private static string[] RandomLines(Random random) =>
        Enumerable.Range(0, random.Next(0, 12)).Select(_ => ((char)('a' + random.Next(0, 4))).ToString()).ToArray();

    private static int Lcs(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }
        return table[a.Length, b.Length];
    }
}
