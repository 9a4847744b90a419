using HookSync.Rendering.Command;

namespace HookSync.Rendering.Tests;

public sealed class CommandLineWordsTests
{
    [Theory]
    [InlineData("jsonnet main.jsonnet", new[] { "jsonnet", "main.jsonnet" })]
    [InlineData("  ./render.sh   --env  prod ", new[] { "./render.sh", "--env", "prod" })]
    [InlineData("sh -c 'echo $HOME; rm -rf /'", new[] { "sh", "-c", "echo $HOME; rm -rf /" })]
    [InlineData("tool \"a \\\"quoted\\\" word\" b\\ c", new[] { "tool", "a \"quoted\" word", "b c" })]
    [InlineData("x '' \"\"", new[] { "x", "", "" })]
    [InlineData("cdk8s synth --stdout $(whoami) `id` ; |", new[] { "cdk8s", "synth", "--stdout", "$(whoami)", "`id`", ";", "|" })]
    public void Split_ShellLikeQuoting_WordsWithoutAnyShellMeaning(string line, string[] expected)
    {
        Assert.Equal(expected, CommandLineWords.Split(line));
    }

    [Theory]
    [InlineData("echo 'open")]
    [InlineData("echo \"open")]
    [InlineData("echo trailing\\")]
    public void Split_Unterminated_IsAFormatError(string line)
    {
        Assert.Throws<FormatException>(() => CommandLineWords.Split(line));
    }
}
