using HookSync.Core.Ports;
using HookSync.Git;

namespace HookSync.Integration.Tests.Git;

public sealed class GitCloneTests
{
    [Fact]
    public async Task OpenAsync_CloneWithoutRef_ChecksOutRemoteHead()
    {
        using var sample = new SampleRepository();

        using var workspace = await Provider(sample).OpenAsync(Request(sample, null), CancellationToken.None);

        Assert.Equal(sample.C2, workspace.Revision);
        Assert.Equal("two", File.ReadAllText(Path.Combine(workspace.Root, "app.yaml")));
        Assert.False(File.Exists(Path.Combine(workspace.Root, "release.yaml")));
        Assert.Empty(workspace.Notices);
    }

    [Fact]
    public async Task OpenAsync_CloneBranch_ChecksOutBranchTip()
    {
        using var sample = new SampleRepository();

        using var workspace = await Provider(sample).OpenAsync(Request(sample, "release"), CancellationToken.None);

        Assert.Equal(sample.C3, workspace.Revision);
        Assert.Equal("one", File.ReadAllText(Path.Combine(workspace.Root, "app.yaml")));
        Assert.Equal("release", File.ReadAllText(Path.Combine(workspace.Root, "release.yaml")));
    }

    [Theory]
    [InlineData("v1.0")]
    [InlineData("refs/tags/v1.0")]
    public async Task OpenAsync_CloneAnnotatedTag_ChecksOutTaggedCommit(string gitRef)
    {
        using var sample = new SampleRepository();

        using var workspace = await Provider(sample).OpenAsync(Request(sample, gitRef), CancellationToken.None);

        Assert.Equal(sample.C1, workspace.Revision);
        Assert.Equal("one", File.ReadAllText(Path.Combine(workspace.Root, "app.yaml")));
        Assert.False(File.Exists(Path.Combine(workspace.Root, "release.yaml")));
    }

    [Fact]
    public async Task OpenAsync_CloneFullSha_ChecksOutThatCommit()
    {
        using var sample = new SampleRepository();

        using var workspace = await Provider(sample).OpenAsync(Request(sample, sample.C1), CancellationToken.None);

        Assert.Equal(sample.C1, workspace.Revision);
        Assert.Equal("one", File.ReadAllText(Path.Combine(workspace.Root, "app.yaml")));
    }

    [Fact]
    public async Task OpenAsync_CloneShortSha_ChecksOutThatCommitWithFullRevision()
    {
        using var sample = new SampleRepository();

        using var workspace = await Provider(sample).OpenAsync(Request(sample, sample.C3[..7]), CancellationToken.None);

        Assert.Equal(sample.C3, workspace.Revision);
        Assert.True(File.Exists(Path.Combine(workspace.Root, "release.yaml")));
    }

    [Fact]
    public async Task OpenAsync_UnknownRef_ThrowsNamedErrorAndLeavesNoClone()
    {
        using var sample = new SampleRepository();

        var error = await Assert.ThrowsAsync<WorkspaceException>(
            () => Provider(sample).OpenAsync(Request(sample, "no-such-ref"), CancellationToken.None));

        Assert.Equal($"ref 'no-such-ref' not found in {sample.BareUrl}: no branch, tag or commit by that name", error.Message);
        Assert.Empty(sample.LeftoverClones());
    }

    [Fact]
    public async Task Dispose_ClonedWorkspace_DeletesTemporaryClone()
    {
        using var sample = new SampleRepository();
        var workspace = await Provider(sample).OpenAsync(Request(sample, "release"), CancellationToken.None);
        Assert.StartsWith(Path.Combine(sample.CloneRoot, "hooksync-clone-"), workspace.Root, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(workspace.Root, ".git", "objects")));

        workspace.Dispose();

        Assert.False(Directory.Exists(workspace.Root));
        Assert.Empty(sample.LeftoverClones());
    }

    [Fact]
    public async Task OpenAsync_CancelledBeforeStart_ThrowsAndLeavesNoClone()
    {
        using var sample = new SampleRepository();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Provider(sample).OpenAsync(Request(sample, null), cancellation.Token));

        Assert.Empty(sample.LeftoverClones());
    }

    private static GitWorkspaceProvider Provider(SampleRepository sample) => new(new GitWorkspaceOptions(sample.CloneRoot));

    private static WorkspaceRequest Request(SampleRepository sample, string? gitRef) =>
        new(sample.Root, sample.BareUrl, gitRef);
}
