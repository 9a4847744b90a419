using HookSync.Testing;

namespace HookSync.Rendering.Tests;

public sealed class ToolMessageTests
{
    [Fact]
    public void Describe_KubectlKlogLine_IsTheErrText()
    {
        var stderr = "E1203 08:57:01.134397   19248 run.go:72] \"command failed\" err=\"accumulating resources: 'job.yaml': missing metadata.name in object {{batch/v1 Job}}\"\n";

        Assert.Equal("accumulating resources: 'job.yaml': missing metadata.name in object {{batch/v1 Job}}", ToolMessage.Describe(stderr));
    }

    [Fact]
    public void Describe_HelmErrorLines_KeepsThemNotTheUsage()
    {
        var stderr = "walk.go:74: found symbolic link\nError: parse error at (shop/templates/app.yaml:12): function \"nope\" not defined\n";

        Assert.Equal("Error: parse error at (shop/templates/app.yaml:12): function \"nope\" not defined", ToolMessage.Describe(stderr));
    }

    [Fact]
    public void NamedFile_HelmTemplateWithLine_ResolvedInsideTheChart()
    {
        using var ws = new TempWorkspace();
        ws.Write("charts/web/templates/app.yaml", "kind: x\n");

        var named = ToolMessage.NamedFile("Error: parse error at (shop/templates/app.yaml:12): bad", ws.Root, [ws.FullPath("charts/web")]);

        Assert.Equal(("charts/web/templates/app.yaml", 12), named);
    }

    [Fact]
    public void NamedFile_OutsideTheWorkspace_IsNotReported()
    {
        using var ws = new TempWorkspace();

        Assert.Null(ToolMessage.NamedFile("Error: open /etc/hosts.yaml: no such file", ws.Root, [ws.Root]));
    }
}
