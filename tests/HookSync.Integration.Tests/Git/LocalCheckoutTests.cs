using HookSync.Core.Diagnostics;
using HookSync.Core.Ports;
using HookSync.Git;

namespace HookSync.Integration.Tests.Git;

public sealed class LocalCheckoutTests
{
    [Fact]
    public async Task OpenAsync_CleanCheckout_RevisionIsHeadWithoutNotices()
    {
        using var sample = new SampleRepository();

        using var workspace = await new GitWorkspaceProvider().OpenAsync(new WorkspaceRequest(sample.WorkDir), CancellationToken.None);

        Assert.Equal(sample.C2, workspace.Revision);
        Assert.Equal(sample.WorkDir, workspace.Root);
        Assert.Empty(workspace.Notices);
    }

    [Theory]
    [InlineData("app.yaml")]
    [InlineData("new-untracked.yaml")]
    public async Task OpenAsync_ModifiedOrUntrackedFile_DirtyTreeNotice(string file)
    {
        using var sample = new SampleRepository();
        File.WriteAllText(Path.Combine(sample.WorkDir, file), "changed");

        using var workspace = await new GitWorkspaceProvider().OpenAsync(new WorkspaceRequest(sample.WorkDir), CancellationToken.None);

        Assert.Equal(sample.C2, workspace.Revision);
        var notice = Assert.Single(workspace.Notices);
        Assert.Equal(DiagnosticSeverity.Notice, notice.Severity);
        Assert.Equal(DiagnosticCodes.DirtyWorkingTree, notice.Code);
        Assert.Equal("the working tree has uncommitted changes; the revision is HEAD plus them", notice.Message);
    }

    [Fact]
    public async Task OpenAsync_OnlyIgnoredFileAdded_NoNotice()
    {
        using var sample = new SampleRepository();
        File.WriteAllText(Path.Combine(sample.WorkDir, "build.log"), "ignored");

        using var workspace = await new GitWorkspaceProvider().OpenAsync(new WorkspaceRequest(sample.WorkDir), CancellationToken.None);

        Assert.Empty(workspace.Notices);
    }

    [Fact]
    public async Task OpenAsync_SubdirectoryOfRepository_RevisionIsHeadAndRootIsSubdirectory()
    {
        using var sample = new SampleRepository();
        var manifests = Path.Combine(sample.WorkDir, "deploy");
        Directory.CreateDirectory(manifests);

        using var workspace = await new GitWorkspaceProvider().OpenAsync(new WorkspaceRequest(manifests), CancellationToken.None);

        Assert.Equal(sample.C2, workspace.Revision);
        Assert.Equal(manifests, workspace.Root);
    }

    [Fact]
    public async Task OpenAsync_NotARepository_NullRevisionAndNotice()
    {
        var directory = Path.Combine(Path.GetTempPath(), "hooksync-plain-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        try
        {
            using var workspace = await new GitWorkspaceProvider().OpenAsync(new WorkspaceRequest(directory), CancellationToken.None);

            Assert.Null(workspace.Revision);
            var notice = Assert.Single(workspace.Notices);
            Assert.Equal(DiagnosticCodes.NotAGitRepository, notice.Code);
            Assert.Equal(DiagnosticSeverity.Notice, notice.Severity);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task OpenAsync_MissingDirectory_Throws()
    {
        var missing = Path.Combine(Path.GetTempPath(), "hooksync-missing-" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<WorkspaceException>(
            () => new GitWorkspaceProvider().OpenAsync(new WorkspaceRequest(missing), CancellationToken.None));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_RevisionGiven_DirtyRepositoryIsNotOpened()
    {
        using var sample = new SampleRepository();
        File.WriteAllText(Path.Combine(sample.WorkDir, "app.yaml"), "changed");

        using var workspace = await new GitWorkspaceProvider().OpenAsync(
            new WorkspaceRequest(sample.WorkDir, RevisionGiven: true), CancellationToken.None);

        // --revision: the directory is read as it is; no HEAD, no dirty-tree notice.
        Assert.Null(workspace.Revision);
        Assert.Equal(sample.WorkDir, workspace.Root);
        Assert.Empty(workspace.Notices);
    }

    [Fact]
    public async Task OpenAsync_RevisionGivenMissingDirectory_Throws()
    {
        var missing = Path.Combine(Path.GetTempPath(), "hooksync-missing-" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<WorkspaceException>(
            () => new GitWorkspaceProvider().OpenAsync(new WorkspaceRequest(missing, RevisionGiven: true), CancellationToken.None));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
