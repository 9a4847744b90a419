using HookSync.Manifests.Discovery;

namespace HookSync.Manifests.Tests;

public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("*.yaml", "a.yaml", true)]
    [InlineData("*.yaml", "dir/a.yaml", true)]
    [InlineData("*.yaml", "a.json", false)]
    [InlineData("dir/*.yaml", "dir/a.yaml", true)]
    [InlineData("dir/*.yaml", "dir/sub/a.yaml", false)]
    [InlineData("dir/**/*.yaml", "dir/a.yaml", true)]
    [InlineData("dir/**/*.yaml", "dir/x/y/a.yaml", true)]
    [InlineData("**/prod/*", "env/prod/a.yaml", true)]
    [InlineData("**/prod/*", "prod/a.yaml", true)]
    [InlineData("dir/**", "dir/x/a.yaml", true)]
    [InlineData("dir/**", "dirt/a.yaml", false)]
    [InlineData("app?.yaml", "app1.yaml", true)]
    [InlineData("app?.yaml", "app12.yaml", false)]
    [InlineData("./dir/a.yaml", "dir/a.yaml", true)]
    [InlineData("env/prod", "env/prod/a.yaml", true)]
    [InlineData("legacy", "x/legacy/a.yaml", true)]
    [InlineData("a.b.yaml", "aXb.yaml", false)]
    [InlineData("*.YAML", "a.yaml", false)]
    public void IsMatch_PathAgainstGlob_MatchesAsDocumented(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, new GlobPattern(pattern).IsMatch(path));
    }
}
