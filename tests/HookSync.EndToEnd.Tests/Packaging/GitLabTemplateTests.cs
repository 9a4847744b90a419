using System.Text.RegularExpressions;
using HookSync.Testing;
using YamlDotNet.RepresentationModel;

namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>
/// The GitLab CI/CD component templates/hooksync.yml (hidden job, deploy job, merge-request plan job) and the root
/// .gitlab-ci-template.yml that includes it for a plain `include:` (docs/ci.md, GitLab CI). gitlab-ci-local runs both in
/// .ci/validate-packaging.
/// </summary>
public sealed partial class GitLabTemplateTests
{
    private const string Hidden = ".$[[ inputs.job-prefix ]]";
    private const string Deploy = "$[[ inputs.job-prefix ]]-deploy";
    private const string Plan = "$[[ inputs.job-prefix ]]-plan";

    private readonly IReadOnlyList<YamlMappingNode> component =
        YamlFile.LoadDocuments(Path.Combine(RepoPaths.Root, "templates", "hooksync.yml"));

    private readonly IReadOnlyList<YamlMappingNode> root =
        YamlFile.LoadDocuments(Path.Combine(RepoPaths.Root, ".gitlab-ci-template.yml"));

    private YamlMappingNode Inputs => component[0].Map("spec").Map("inputs");

    private YamlMappingNode Job(string name) => component[1].Map(name);

    [Fact]
    public void Header_EveryInput_HasADefaultSoAPlainIncludeWorks()
    {
        Assert.Equal(2, component.Count);
        Assert.Equal(2, root.Count);
        foreach (var inputs in new[] { Inputs, root[0].Map("spec").Map("inputs") })
        {
            foreach (var (key, value) in inputs.Children)
            {
                Assert.True(((YamlMappingNode)value).Has("default"), $"input {key} has no default");
            }
        }
    }

    [Fact]
    public void Component_Inputs_CoverEveryActionInputThatReachesTheBinaryOnGitLab()
    {
        var action = YamlFile.LoadDocuments(Path.Combine(RepoPaths.Root, "action.yml")).Single();
        // Not inputs on GitLab: the jobs choose the command, the platform is gitlab, and secrets are CI/CD variables.
        string[] notInputs = ["command", "ci", "kubeconfig", "token", "ca-data", "git-token", "github-token"];
        var expected = action.Map("inputs").Keys().Except(notInputs);

        Assert.Empty(expected.Except(Inputs.Keys()));
        Assert.Contains("job-prefix", Inputs.Keys());
        Assert.Contains("deploy-branch", Inputs.Keys());
    }

    [Fact]
    public void Root_IncludesTheComponentForwardingEveryInputWithThePrefixHooksync()
    {
        var include = (YamlMappingNode)root[1].Seq("include").Children.Single();
        var forwarded = include.Map("inputs");

        Assert.Equal("templates/hooksync.yml", include.Scalar("local"));
        Assert.Equal("hooksync", forwarded.Scalar("job-prefix"));
        foreach (var name in root[0].Map("spec").Map("inputs").Keys())
        {
            Assert.Contains(name, Inputs.Keys());
            Assert.Equal($"$[[ inputs.{name} ]]", forwarded.Scalar(name));
        }
    }

    [Fact]
    public void HiddenJob_Image_ClearsTheEntrypointSoTheRunnerCanStartAShell()
    {
        var image = Job(Hidden).Map("image");

        Assert.Equal("$[[ inputs.image ]]", image.Scalar("name"));
        Assert.Equal([string.Empty], image.Seq("entrypoint").Scalars());
    }

    [Fact]
    public void HiddenJob_Artifacts_DeclareEveryReportAndUploadOnFailure()
    {
        var artifacts = Job(Hidden).Map("artifacts");
        var reports = artifacts.Map("reports");

        Assert.Equal("always", artifacts.Scalar("when"));
        Assert.Equal("hooksync.env", reports.Scalar("dotenv"));
        Assert.Equal("hooksync-junit.xml", reports.Scalar("junit"));
        Assert.Equal("hooksync-codequality.json", reports.Scalar("codequality"));
        Assert.Contains("hooksync-report.json", artifacts.Seq("paths").Scalars());
    }

    [Fact]
    public void DeployJob_ResourceGroup_IsPerEnvironment_ThePlanJobTakesNone()
    {
        Assert.Equal("hooksync-$[[ inputs.environment ]]", Job(Deploy).Scalar("resource_group"));
        Assert.False(Job(Plan).Has("resource_group"));
        Assert.False(Job(Hidden).Has("resource_group"));
    }

    [Fact]
    public void Scripts_NeverInterpolateInputs()
    {
        // Inputs in script lines are shell-injection prone; they go through variables.
        foreach (var job in new[] { Hidden, Deploy, Plan })
        {
            foreach (var key in new[] { "script", "after_script", "before_script" })
            {
                if (Job(job).Has(key))
                {
                    Assert.DoesNotContain(Job(job).Seq(key).Scalars(), line => line.Contains("$[[", StringComparison.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void HiddenJob_Script_PassesEveryVariableAsTheFlagThatTheContainerActionAlsoPasses()
    {
        var action = YamlFile.LoadDocuments(Path.Combine(RepoPaths.Root, "container", "action.yml")).Single();
        var actionFlags = action.Map("runs").Seq("args").Scalars().Select(a => a.Split('=')[0]).ToHashSet();
        var script = string.Join('\n', Job(Hidden).Seq("script").Scalars());
        var variables = Job(Hidden).Map("variables");

        Assert.Contains(" action ", script, StringComparison.Ordinal);
        var flags = FlagPattern().Matches(script).Select(m => (Flag: m.Groups[1].Value, Variable: m.Groups[2].Value)).ToList();
        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.Contains(f.Flag, actionFlags));
        Assert.All(flags, f => Assert.True(variables.Has(f.Variable), $"{f.Variable} is not a variable of the hidden job"));
        Assert.Equal(variables.Keys().Except(["HOOKSYNC_IN_EXTRA_ARGS"]).Order(StringComparer.Ordinal), flags.Select(f => f.Variable).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DeployJob_Rules_DefaultBranchOnlyNeverInMergeRequestsOrAFreeze()
    {
        var job = Job(Deploy);
        var rules = job.Seq("rules").Children.Cast<YamlMappingNode>().Select(r => (If: r.Scalar("if"), When: r.Scalar("when"))).ToList();

        Assert.Equal(Hidden, job.Scalar("extends"));
        Assert.Equal("$[[ inputs.stage ]]", job.Scalar("stage"));
        Assert.Equal("$[[ inputs.environment ]]", job.Map("environment").Scalar("name"));
        Assert.Equal(("$CI_DEPLOY_FREEZE", "never"), rules[0]);
        Assert.Equal(("$CI_PIPELINE_SOURCE == \"merge_request_event\"", "never"), rules[1]);
        Assert.Equal("$HOOKSYNC_DEPLOY_BRANCH == \"\" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", rules[2].If);
        // No catch-all rule: a pipeline the rules do not name gets no deploy job.
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.If)));
    }

    [Fact]
    public void PlanJob_RunsPlanInMergeRequestsOnly()
    {
        var job = Job(Plan);
        var rules = job.Seq("rules").Children.Cast<YamlMappingNode>().Select(r => r.Scalar("if")).ToList();

        Assert.Equal("plan", job.Map("variables").Scalar("HOOKSYNC_IN_COMMAND"));
        Assert.Equal("$CI_PIPELINE_SOURCE == \"merge_request_event\"", rules[^1]);
        Assert.False(job.Has("environment"));
    }

    [GeneratedRegex(@"(--[a-z-]+)=""\$([A-Z_]+)""")]
    private static partial Regex FlagPattern();
}
