using HookSync.Testing;
using YamlDotNet.RepresentationModel;

namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>action.yml keeps the argv/env contract of docs/ci.md and the outputs of docs/ci.md Outputs.</summary>
public sealed class ActionManifestTests
{
    private static readonly string[] SecretInputs = ["kubeconfig", "token", "ca-data", "git-token"];
    private static readonly string[] BooleanInputs = ["recursive", "wait", "dry-run", "strict", "simulate"];

    private readonly YamlMappingNode action = YamlFile.LoadDocuments(Path.Combine(RepoPaths.Root, "action.yml")).Single();

    [Fact]
    public void Runs_DockerAction_BuildsTheRepositoryDockerfile()
    {
        var runs = action.Map("runs");

        Assert.Equal("docker", runs.Scalar("using"));
        Assert.Equal("Dockerfile", runs.Scalar("image"));
    }

    [Fact]
    public void Inputs_Every_HasADefaultAndNoRequiredFlag()
    {
        foreach (var (key, value) in action.Map("inputs").Children)
        {
            var input = (YamlMappingNode)value;
            Assert.True(input.Has("default"), $"input {key} has no default");
            Assert.False(input.Has("required"), $"input {key}: the runner does not enforce required; HookSync validates");
        }
    }

    [Fact]
    public void Args_NonSecretInputs_PassedOnceEachAsNameEqualsValueAfterTheActionVerb()
    {
        var args = action.Map("runs").Seq("args").Scalars();
        var nonSecret = action.Map("inputs").Keys().Except(SecretInputs).Order(StringComparer.Ordinal).ToList();

        Assert.Equal("action", args[0]);
        var passed = args.Skip(1).Order(StringComparer.Ordinal).ToList();
        // Both sides sorted as whole arguments: "helm-set" sorts before "helm-set-file" as a name but after it as "--helm-set=".
        Assert.Equal(nonSecret.Select(i => $"--{i}=${{{{ inputs.{i} }}}}").Order(StringComparer.Ordinal), passed);
    }

    [Theory]
    [InlineData("kubeconfig", "HOOKSYNC_KUBECONFIG")]
    [InlineData("token", "HOOKSYNC_TOKEN")]
    [InlineData("ca-data", "HOOKSYNC_CA_DATA")]
    [InlineData("git-token", "HOOKSYNC_GIT_TOKEN")]
    public void SecretInput_ReachesTheContainerOnlyThroughItsEnvironmentVariable(string input, string variable)
    {
        var runs = action.Map("runs");

        Assert.Equal($"${{{{ inputs.{input} }}}}", runs.Map("env").Scalar(variable));
        Assert.DoesNotContain(runs.Seq("args").Scalars(), a => a.Contains($"inputs.{input} ", StringComparison.Ordinal));
    }

    [Fact]
    public void BooleanInputs_Default_AreLowerCaseTrueOrFalse()
    {
        foreach (var input in BooleanInputs)
        {
            Assert.Contains(action.Map("inputs").Map(input).Scalar("default"), new[] { "true", "false" });
        }
    }

    [Fact]
    public void Outputs_AreTheContractOutputsWithDescriptionsOnly()
    {
        string[] expected = ["cause", "exit-code", "failed-phase", "postsync", "presync", "report", "result", "revision", "sync", "syncfail"];
        var outputs = action.Map("outputs");

        Assert.Equal(expected, outputs.Keys().Order(StringComparer.Ordinal));
        foreach (var (_, value) in outputs.Children)
        {
            Assert.Equal(["description"], ((YamlMappingNode)value).Keys());
        }
    }
}
