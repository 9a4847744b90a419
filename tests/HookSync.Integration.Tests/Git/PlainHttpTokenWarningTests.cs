using HookSync.Core.Diagnostics;
using HookSync.Git;

namespace HookSync.Integration.Tests.Git;

public sealed class PlainHttpTokenWarningTests
{
    [Fact]
    public void For_TokenOverHttp_WarnsWithTheUrlButNotTheToken()
    {
        var source = CloneSource.Parse("http://git.example.test/org/app.git");

        var warning = Assert.Single(PlainHttpTokenWarning.For(source, "s3cr3t-token"));

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.TokenOverPlainHttp, warning.Code);
        Assert.Contains("http://git.example.test/org/app.git", warning.Message, StringComparison.Ordinal);
        Assert.Contains("https://", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-token", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_PasswordInHttpUrl_Warns()
    {
        var source = CloneSource.Parse("http://deploy:pw-in-url@git.example.test/org/app.git");

        var warning = Assert.Single(PlainHttpTokenWarning.For(source, source.Password));

        Assert.DoesNotContain("pw-in-url", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://git.example.test/org/app.git", "token")]
    [InlineData("http://git.example.test/org/app.git", null)]
    [InlineData("file:///srv/git/app.git", "token")]
    public void For_HttpsOrNoTokenOrLocal_NoWarning(string url, string? token) =>
        Assert.Empty(PlainHttpTokenWarning.For(CloneSource.Parse(url), token));
}
