using System.Globalization;

namespace HookSync.Testing;

/// <summary>The corpus of broken manifests in <c>tests/HookSync.Manifests.Tests/Broken</c> and its expectations table.</summary>
/// <remarks>
/// <c>expected.tsv</c> has one tab-separated row per case: case, code, file, line, message fragment.
/// Lines starting with <c>#</c> are comments. Load a case with the corpus folder as workspace and the case name as PATH.
/// </remarks>
public static class BrokenCorpus
{
    /// <summary>The corpus folder (use it as the workspace).</summary>
    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "HookSync.Manifests.Tests", "Broken");

    /// <summary>Every case, in table order.</summary>
    public static IReadOnlyList<BrokenCase> Cases() =>
        File.ReadAllLines(Path.Combine(Directory, "expected.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse)
            .ToList();

    /// <summary>The cases as xunit <c>MemberData</c> rows.</summary>
    public static IEnumerable<object[]> TheoryData() => Cases().Select(c => new object[] { c });

    private static BrokenCase Parse(string line)
    {
        var cells = line.Split('\t');
        if (cells.Length != 5)
        {
            throw new FormatException($"expected.tsv: a row needs 5 tab-separated cells: {line}");
        }
        return new BrokenCase(cells[0], cells[1], cells[2], int.Parse(cells[3], CultureInfo.InvariantCulture), cells[4]);
    }
}
