using System.Text.RegularExpressions;
using HookSync.Testing;
using YamlDotNet.RepresentationModel;

namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>.gitlab-ci-template.yml: component header, hidden job, ready job (docs/ci.md GitLab CI).</summary>
public sealed partial class GitLabTemplateTests
{
    private readonly IReadOnlyList<YamlMappingNode> documents =
        YamlFile.LoadDocuments(Path.Combine(RepoPaths.Root, ".gitlab-ci-template.yml"));

    private YamlMappingNode Inputs => documents[0].Map("spec").Map("inputs");

    private YamlMappingNode Hidden => documents[1].Map(".hooksync");

    [Fact]
    public void Header_EveryInput_HasADefaultSoAPlainIncludeWorks()
    {
        Assert.Equal(2, documents.Count);
        foreach (var (key, value) in Inputs.Children)
        {
            Assert.True(((YamlMappingNode)value).Has("default"), $"input {key} has no default");
        }
    }

    [Fact]
    public void HiddenJob_Image_ClearsTheEntrypointSoTheRunnerCanStartAShell()
    {
        var image = Hidden.Map("image");

        Assert.Equal("$[[ inputs.image ]]", image.Scalar("name"));
        Assert.Equal([string.Empty], image.Seq("entrypoint").Scalars());
    }

    [Fact]
    public void HiddenJob_Artifacts_DeclareEveryReportAndUploadOnFailure()
    {
        var artifacts = Hidden.Map("artifacts");
        var reports = artifacts.Map("reports");

        Assert.Equal("always", artifacts.Scalar("when"));
        Assert.Equal("hooksync.env", reports.Scalar("dotenv"));
        Assert.Equal("hooksync-junit.xml", reports.Scalar("junit"));
        Assert.Equal("hooksync-codequality.json", reports.Scalar("codequality"));
        Assert.Contains("hooksync-report.json", artifacts.Seq("paths").Scalars());
    }

    [Fact]
    public void HiddenJob_ResourceGroup_IsPerEnvironment()
    {
        Assert.Equal("hooksync-$[[ inputs.environment ]]", Hidden.Scalar("resource_group"));
    }

    [Fact]
    public void HiddenJob_Script_NeverInterpolatesInputs()
    {
        // Inputs in script lines are shell-injection prone; they go through variables.
        Assert.DoesNotContain(Hidden.Seq("script").Scalars(), line => line.Contains("$[[", StringComparison.Ordinal));
    }

    [Fact]
    public void HiddenJob_Script_UsesOnlyFlagsThatActionYmlAlsoPasses()
    {
        var action = YamlFile.LoadDocuments(Path.Combine(RepoPaths.Root, "container", "action.yml")).Single();
        var actionFlags = action.Map("runs").Seq("args").Scalars().Select(a => a.Split('=')[0]).ToHashSet();
        var script = string.Join('\n', Hidden.Seq("script").Scalars());

        Assert.Contains(" action ", script, StringComparison.Ordinal);
        var flags = FlagPattern().Matches(script).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(flags);
        Assert.All(flags, flag => Assert.Contains(flag, actionFlags));
    }

    [Fact]
    public void ReadyJob_ExtendsTheHiddenJobWithStageAndEnvironmentFromInputs()
    {
        var job = documents[1].Map("hooksync-deploy");

        Assert.Equal(".hooksync", job.Scalar("extends"));
        Assert.Equal("$[[ inputs.stage ]]", job.Scalar("stage"));
        Assert.Equal("$[[ inputs.environment ]]", job.Map("environment").Scalar("name"));
    }

    [GeneratedRegex(@"(--[a-z-]+)=")]
    private static partial Regex FlagPattern();
}
