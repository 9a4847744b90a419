using System.Security.Cryptography;

namespace HookSync.Git;

/// <summary>Creates and removes the temporary directories clones live in.</summary>
internal static class TempDirectory
{
    public static string Create(string tempRoot)
    {
        var path = Path.Combine(Path.GetFullPath(tempRoot), "hooksync-clone-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes a directory tree; git makes pack and object files read-only, so attributes are cleared first.</summary>
    public static void Delete(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }
        Directory.Delete(path, recursive: true);
    }
}
