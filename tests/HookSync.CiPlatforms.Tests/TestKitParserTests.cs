using HookSync.Testing;

namespace HookSync.CiPlatforms.Tests;

/// <summary>The test kit's parsers must reject what the runners reject, or the reporter tests prove nothing.</summary>
public sealed class TestKitParserTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "hooksync-kit-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void GitHubOutputFile_HeredocAndSimpleLines_ParsesBoth()
    {
        var outputs = GitHubOutputFile.ParseText("a=1\nmulti<<EOF_x\nline 1\nb=not a key\nEOF_x\nc<<D\n\nD\n");

        Assert.Equal("1", outputs["a"]);
        Assert.Equal("line 1\nb=not a key", outputs["multi"]);
        Assert.Equal(string.Empty, outputs["c"]);
        Assert.Equal(3, outputs.Count);
    }

    [Theory]
    [InlineData("x<<DELIM\nvalue\n")]
    [InlineData("no separator\n")]
    [InlineData("\uFEFFa=1\n")]
    public void GitHubOutputFile_MalformedText_Throws(string text) =>
        Assert.Throws<FormatException>(() => GitHubOutputFile.ParseText(text));

    [Fact]
    public void DotenvFile_ValidFile_ParsesAndStripsWhitespace()
    {
        File.WriteAllText(_file, "A=1\nB_2= two \n");

        Assert.Equal(new Dictionary<string, string> { ["A"] = "1", ["B_2"] = "two" }, DotenvFile.Parse(_file));
    }

    [Theory]
    [InlineData("A=1\n\nB=2\n")]
    [InlineData("A-B=1\n")]
    [InlineData("# comment\nA=1\n")]
    public void DotenvFile_WhatGitLabRejects_Throws(string text)
    {
        File.WriteAllText(_file, text);

        Assert.Throws<FormatException>(() => DotenvFile.Parse(_file));
    }

    [Fact]
    public void DotenvFile_FiveKilobytes_Throws()
    {
        File.WriteAllText(_file, "A=" + new string('x', 5 * 1024) + "\n");

        Assert.Throws<FormatException>(() => DotenvFile.Parse(_file));
    }
}
