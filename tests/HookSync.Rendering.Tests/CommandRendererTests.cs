using HookSync.Core.Diagnostics;
using HookSync.Core.Ports;
using HookSync.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HookSync.Rendering.Tests;

/// <summary>A render command run for real: small /bin/sh scripts that print manifests, fail, hang or flood.</summary>
public sealed class CommandRendererTests
{
    [Fact]
    public async Task Render_ScriptPrintsManifests_DocumentsAtTheirOutputLines()
    {
        using var ws = new TempWorkspace();
        ShellScript.Write(ws, "app/render.sh", """
            echo "# rendered for $ARGOCD_APP_NAME in $ARGOCD_APP_NAMESPACE from $ARGOCD_APP_SOURCE_PATH"
            echo "apiVersion: v1"
            echo "kind: ConfigMap"
            echo "metadata: {name: cfg, namespace: $1}"
            echo "---"
            cat job.yaml
            """);
        ws.Write("app/job.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n");

        var result = await Renders.RunAsync(ws.Root, "app", SourceType.Command,
            Renders.Settings(s => s with { RenderCommand = "./render.sh 'team a'", Namespace = "shop" }));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("render.sh", result.Tool);
        Assert.Equal(["app:2", "app:6"], result.Documents.Select(d => d.Origin.ToString()));
        Assert.Contains("# rendered for shop in shop from app", result.Documents[0].Yaml, StringComparison.Ordinal);
        Assert.Contains("namespace: team a", result.Documents[0].Yaml, StringComparison.Ordinal);
        Assert.Contains("name: migrate", result.Documents[1].Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ScriptFails_ErrorWithItsStderrAndTheFileItNames()
    {
        using var ws = new TempWorkspace();
        ws.Write("app/main.jsonnet", "{\n");
        ShellScript.Write(ws, "app/render.sh", """
            echo "apiVersion: v1"
            echo "STATIC ERROR: main.jsonnet:3:1: unexpected end of file" >&2
            exit 7
            """);

        var result = await Renders.RunAsync(ws.Root, "app", SourceType.Command, Renders.Settings(s => s with { RenderCommand = "./render.sh" }));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(DiagnosticCodes.RenderFailed, error.Code);
        Assert.Contains("exit 7", error.Message, StringComparison.Ordinal);
        Assert.Contains("STATIC ERROR: main.jsonnet:3:1: unexpected end of file", error.Message, StringComparison.Ordinal);
        Assert.Equal("app/main.jsonnet:3", error.Source?.ToString());
        Assert.Empty(result.Documents);
    }

    [Fact]
    public async Task Render_ScriptHangs_StoppedAtTheTimeoutOnTheInjectedClock()
    {
        using var ws = new TempWorkspace();
        ShellScript.Write(ws, "app/render.sh", """
            echo "apiVersion: v1"
            echo "waiting for the lock" >&2
            sleep 300
            """);
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);

        var render = Renders.RunAsync(ws.Root, "app", SourceType.Command,
            Renders.Settings(s => s with { RenderCommand = "./render.sh", Timeout = TimeSpan.FromSeconds(30) }), time);
        while (!render.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(20);
        }
        var result = await render;

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.RenderTimedOut, error.Code);
        Assert.Contains("within 30s", error.Message, StringComparison.Ordinal);
        Assert.Contains("waiting for the lock", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Documents);
    }

    [Fact]
    public async Task Render_OutputOverTheLimit_StoppedNotTruncated()
    {
        using var ws = new TempWorkspace();
        ShellScript.Write(ws, "app/render.sh", "while true; do echo 'data: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'; done\n");

        var result = await Renders.RunAsync(ws.Root, "app", SourceType.Command,
            Renders.Settings(s => s with { RenderCommand = "./render.sh", MaxRenderedBytes = 64 * 1024 }));

        Assert.Equal(DiagnosticCodes.RenderOutputTooLarge, Assert.Single(result.Diagnostics).Code);
        Assert.Empty(result.Documents);
    }

    [Fact]
    public async Task Render_CommandNotFound_MissingToolError()
    {
        using var ws = new TempWorkspace();
        ws.CreateDirectory("app");

        var result = await Renders.RunAsync(ws.Root, "app", SourceType.Command, Renders.Settings(s => s with { RenderCommand = "no-such-renderer-4711 build" }));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.RenderToolMissing, error.Code);
        Assert.Contains("no-such-renderer-4711", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ArgumentsWithShellCharacters_ReachTheProgramAsWords()
    {
        using var ws = new TempWorkspace();
        var marker = ws.FullPath("pwned");
        ShellScript.Write(ws, "app/render.sh", "printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: \"%s\"\\n' \"$1\"\n");

        var result = await Renders.RunAsync(ws.Root, "app", SourceType.Command,
            Renders.Settings(s => s with { RenderCommand = $"./render.sh '$(touch {marker})'" }));

        Assert.Empty(result.Diagnostics);
        Assert.False(File.Exists(marker));
        Assert.Contains("$(touch", result.Documents[0].Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_HookSyncCredentialsInTheEnvironment_NotPassedToTheCommand()
    {
        using var ws = new TempWorkspace();
        ShellScript.Write(ws, "app/render.sh", "printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: \"[%s]\"\\n' \"$HOOKSYNC_TOKEN\"\n");
        Environment.SetEnvironmentVariable("HOOKSYNC_TOKEN", "token-from-the-pipeline");
        try
        {
            var result = await Renders.RunAsync(ws.Root, "app", SourceType.Command, Renders.Settings(s => s with { RenderCommand = "./render.sh" }));

            Assert.Contains("name: \"[]\"", Assert.Single(result.Documents).Yaml, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("HOOKSYNC_TOKEN", null);
        }
    }
}
