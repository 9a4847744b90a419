using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using HookSync.Testing;

namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>
/// .github/action/install.sh, the composite action's install step: a release downloads the archive for the runner, checks it
/// against the SHA256SUMS committed with the action and never builds. `curl` is a stand-in on PATH that serves a local file.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class InstallScriptTests : IDisposable
{
    private const string Version = "v9.9.9";
    private const string Asset = "hooksync-v9.9.9-linux-x64.tar.gz";
    private readonly TempWorkspace _dir = new();

    public InstallScriptTests()
    {
        // The release archive: a `hooksync` that answers `version`.
        var archive = _dir.FullPath("served/" + Asset);
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        var content = _dir.Write("content/hooksync", "#!/bin/sh\necho \"hooksync 9.9.9 ($*)\"\n");
        File.SetUnixFileMode(content, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using (var file = File.Create(archive))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            TarFile.CreateFromDirectory(_dir.FullPath("content"), gzip, includeBaseDirectory: false);
        }
        var curl = _dir.Write("bin/curl", $$"""
            #!/bin/sh
            # Records its arguments and writes the served archive to the -o target.
            echo "$@" >> "{{_dir.FullPath("curl.log")}}"
            while [ $# -gt 0 ]; do case "$1" in -o) out="$2"; shift 2 ;; *) shift ;; esac; done
            cp "{{archive}}" "$out"
            """);
        File.SetUnixFileMode(curl, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(_dir.FullPath("action/.github/action"));
        Directory.CreateDirectory(_dir.FullPath("runner_temp"));
        File.WriteAllText(_dir.FullPath("github_output"), "");
    }

    private string ArchiveSha256 => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_dir.FullPath("served/" + Asset))));

    [Fact]
    public void Release_ChecksumListed_DownloadsFromTheReleaseUnpacksAndNamesTheBinary()
    {
        WriteSums($"{ArchiveSha256}  {Asset}\n{new string('0', 64)}  hooksync-v9.9.9-osx-arm64.tar.gz\n");

        var result = Install();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("hooksync 9.9.9 (version)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"https://github.com/hooksync/hooksync/releases/download/{Version}/{Asset}", File.ReadAllText(_dir.FullPath("curl.log")), StringComparison.Ordinal);
        Assert.Equal(_dir.FullPath($"runner_temp/hooksync-action/{Version}-linux-x64/hooksync"), GitHubOutputFile.Parse(_dir.FullPath("github_output"))["bin"]);
    }

    [Fact]
    public void Release_ChecksumDiffers_FailsWithoutInstalling()
    {
        WriteSums($"{new string('a', 64)}  {Asset}\n");

        var result = Install();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not match", result.StandardOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.FullPath($"runner_temp/hooksync-action/{Version}-linux-x64/hooksync")));
        Assert.DoesNotContain("bin=", File.ReadAllText(_dir.FullPath("github_output")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "SHA256SUMS is missing")]
    [InlineData("0000  hooksync-v9.9.9-win-x64.tar.gz\n", "is not listed in SHA256SUMS")]
    public void Release_NoCommittedChecksum_FailsBeforeDownloading(string sums, string message)
    {
        if (sums.Length > 0)
        {
            WriteSums(sums);
        }

        var result = Install();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.StandardOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.FullPath("curl.log")));
    }

    [Theory]
    [InlineData("latest", "Linux", "X64", "must be 'source' or a release tag")]
    [InlineData(Version, "Linux", "ARM", "no HookSync build for Linux/ARM")]
    [InlineData(Version, "macOS", "X64", "no HookSync build for macOS/X64")]
    public void UnsupportedVersionOrRunner_FailsNamingIt(string version, string os, string arch, string message)
    {
        var result = Install(version, os, arch);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::error title=HookSync install::", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(message, result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void HookSyncBin_IsUsedAsItIsWithoutDownloadingOrBuilding()
    {
        var result = Install(version: "source", bin: _dir.FullPath("content/hooksync"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(_dir.FullPath("content/hooksync"), GitHubOutputFile.Parse(_dir.FullPath("github_output"))["bin"]);
        Assert.False(File.Exists(_dir.FullPath("curl.log")));
    }

    private void WriteSums(string text) => File.WriteAllText(_dir.FullPath("action/.github/action/SHA256SUMS"), text);

    private ProcessResult Install(string version = Version, string os = "Linux", string arch = "X64", string? bin = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = _dir.FullPath("bin") + ":/usr/bin:/bin",
            ["GITHUB_ACTION_PATH"] = _dir.FullPath("action"),
            ["GITHUB_OUTPUT"] = _dir.FullPath("github_output"),
            ["GITHUB_SERVER_URL"] = "https://github.com",
            ["RUNNER_TEMP"] = _dir.FullPath("runner_temp"),
            ["RUNNER_OS"] = os,
            ["RUNNER_ARCH"] = arch,
            ["HOOKSYNC_VERSION"] = version,
            ["HOOKSYNC_REPOSITORY"] = "hooksync/hooksync",
            ["HOOKSYNC_BIN"] = bin ?? "",
        };
        return ChildProcess.Run("bash", [Path.Combine(RepoPaths.Root, ".github", "action", "install.sh")], _dir.Root, environment, TimeSpan.FromMinutes(1));
    }

    public void Dispose() => _dir.Dispose();
}
