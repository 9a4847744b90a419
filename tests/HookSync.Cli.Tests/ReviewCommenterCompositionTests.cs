using HookSync.CiPlatforms.GitHub;
using HookSync.CiPlatforms.GitLab;

namespace HookSync.Cli.Tests;

/// <summary>The composition root's review commenters are built on first use, under the platform names the real ones answer to.</summary>
public sealed class ReviewCommenterCompositionTests
{
    [Fact]
    public void ReviewCommenters_AreDeferred_UnderTheRealCommentersPlatformNames()
    {
        using var http = new HttpClient();

        var commenters = Composition.ReviewCommenters();

        Assert.All(commenters, c => Assert.IsType<DeferredReviewCommenter>(c));
        Assert.Equal(
            [new GitHubPullRequestCommenter(http).PlatformName, new GitLabMergeRequestCommenter(http).PlatformName],
            commenters.Select(c => c.PlatformName));
    }
}
