using Xunit;

namespace HookSync.Testing;

/// <summary>Compares text with a golden file; <c>HOOKSYNC_BLESS=1</c> rewrites the file instead (review the diff before committing).</summary>
public static class Golden
{
    public static void AssertMatches(string goldenPath, string actual)
    {
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("HOOKSYNC_BLESS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, normalized);
            return;
        }
        Assert.True(File.Exists(goldenPath), $"Golden file {goldenPath} is missing; run the tests with HOOKSYNC_BLESS=1 to create it.");
        var expected = File.ReadAllText(goldenPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, normalized);
    }
}
