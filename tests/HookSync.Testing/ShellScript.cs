namespace HookSync.Testing;

/// <summary>Writes small executable <c>/bin/sh</c> scripts into a test workspace: fake tools and render commands.</summary>
public static class ShellScript
{
    /// <summary>Writes the script at a workspace-relative path, marks it executable and returns its full path.</summary>
    public static string Write(TempWorkspace workspace, string relativePath, string body)
    {
        var full = workspace.Write(relativePath, "#!/bin/sh\n" + body.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        return full;
    }
}
