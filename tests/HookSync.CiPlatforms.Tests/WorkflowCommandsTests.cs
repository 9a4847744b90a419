using HookSync.CiPlatforms.GitHub;

namespace HookSync.CiPlatforms.Tests;

public sealed class WorkflowCommandsTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("100%", "100%25")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("literal %0A stays", "literal %250A stays")]
    [InlineData("a: b, c", "a: b, c")]
    public void EscapeData_SpecialCharacters_EscapesPercentFirstThenCrLf(string input, string expected) =>
        Assert.Equal(expected, WorkflowCommands.EscapeData(input));

    [Theory]
    [InlineData("deploy/app.yaml", "deploy/app.yaml")]
    [InlineData("C:\\x,y", "C%3A\\x%2Cy")]
    [InlineData("50%:a,b\nc\r", "50%25%3Aa%2Cb%0Ac%0D")]
    [InlineData("%3A", "%253A")]
    public void EscapeProperty_SpecialCharacters_AlsoEscapesColonAndComma(string input, string expected) =>
        Assert.Equal(expected, WorkflowCommands.EscapeProperty(input));

    [Fact]
    public void Annotation_PathTitleAndMessageWithSpecials_EscapesPropertiesAndDataSeparately()
    {
        var line = WorkflowCommands.Annotation("error", "k8s/a:b,c%.yaml", 12, "PreSync Job/x: Failed", "boom: 100%, then\nmore");

        Assert.Equal("::error file=k8s/a%3Ab%2Cc%25.yaml,line=12,title=PreSync Job/x%3A Failed::boom: 100%25, then%0Amore", line);
    }

    [Fact]
    public void Annotation_NoFile_LeavesOutFileAndLine()
    {
        Assert.Equal("::warning title=HS1011::no manifests", WorkflowCommands.Annotation("warning", null, 3, "HS1011", "no manifests"));
    }

    [Fact]
    public void StopCommands_Token_ResumesWithTheSameToken()
    {
        Assert.Equal("::stop-commands::abc123", WorkflowCommands.StopCommands("abc123"));
        Assert.Equal("::abc123::", WorkflowCommands.ResumeCommands("abc123"));
    }
}
