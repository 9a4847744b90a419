using HookSync.Core.Ports;

namespace HookSync.Rendering.Tests;

/// <summary>Builds render requests and runs the renderer with the test process's PATH.</summary>
internal static class Renders
{
    public static RenderSettings Settings(Func<RenderSettings, RenderSettings>? change = null)
    {
        var settings = RenderSettings.Default with { AppName = "shop", Timeout = TimeSpan.FromSeconds(60) };
        return change is null ? settings : change(settings);
    }

    public static Task<RenderedSource> RunAsync(string workspace, string path, SourceType type, RenderSettings settings, TimeProvider? time = null) =>
        new ManifestRenderer(time ?? TimeProvider.System, Environment.GetEnvironmentVariable("PATH"))
            .RenderAsync(new RenderRequest(workspace, path, type, settings), CancellationToken.None);
}
