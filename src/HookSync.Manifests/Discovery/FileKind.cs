using System.Runtime.InteropServices;

namespace HookSync.Manifests.Discovery;

/// <summary>
/// Tells a regular file from a FIFO, device or socket before it is opened: opening a FIFO blocks until a writer comes,
/// and reading /dev/zero never ends, while .NET reports all of them as ordinary files with length 0.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>What the path (symbolic links followed) is when it is not a regular file, e.g. "a FIFO"; null for a regular file.</summary>
    public static string? NonRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }
        // The runtime's own native shim fills a platform-independent status record (flags, then the mode), so no
        // per-architecture struct stat layout is needed. The buffer is larger than the record on every platform.
        var status = new byte[256];
        if (Stat(path, status) != 0)
        {
            return null;
        }
        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular or Directory => null,
            Fifo => "a FIFO (named pipe)",
            CharacterDevice => "a character device",
            BlockDevice => "a block device",
            Socket => "a socket",
            _ => "not a regular file",
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
