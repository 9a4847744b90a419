using System.Text;

namespace HookSync.Testing;

/// <summary>A temporary workspace directory for one test, deleted on dispose.</summary>
public sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "hooksync-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>A workspace at a chosen directory (created if needed), e.g. for a script that keeps the files.</summary>
    public TempWorkspace(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    /// <summary>The absolute path of the workspace.</summary>
    public string Root { get; }

    /// <summary>Writes UTF-8 text (no BOM) to a workspace-relative path, creating directories; returns the full path.</summary>
    public string Write(string relativePath, string text) =>
        WriteBytes(relativePath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    /// <summary>Writes raw bytes to a workspace-relative path, creating directories; returns the full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Creates an empty directory at a workspace-relative path; returns the full path.</summary>
    public string CreateDirectory(string relativePath)
    {
        var full = FullPath(relativePath);
        Directory.CreateDirectory(full);
        return full;
    }

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
