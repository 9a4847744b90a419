using System.Text.RegularExpressions;
using HookSync.Testing;
using YamlDotNet.RepresentationModel;

namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>
/// action.yml (composite, runs on the runner) and container/action.yml (Docker) keep the argv/env contract of docs/ci.md,
/// the same inputs and the outputs of docs/ci.md Outputs.
/// </summary>
public sealed partial class ActionManifestTests
{
    private static readonly string[] SecretInputs = ["kubeconfig", "token", "ca-data", "git-token"];
    private static readonly string[] BooleanInputs = ["recursive", "wait", "dry-run", "strict", "simulate", "lock", "include-crds", "comment"];

    // Inputs of the composite action only: they drive its own steps, not the binary.
    private static readonly string[] CompositeOnlyInputs = ["comment", "github-token"];

    private static readonly string[] ContractOutputs = ["cause", "exit-code", "failed-phase", "postsync", "presync", "report", "result", "revision", "sync", "syncfail"];

    private readonly YamlMappingNode action = YamlFile.LoadDocuments(Path.Combine(RepoPaths.Root, "action.yml")).Single();
    private readonly YamlMappingNode container = YamlFile.LoadDocuments(Path.Combine(RepoPaths.Root, "container", "action.yml")).Single();

    private IEnumerable<YamlMappingNode> Steps => action.Map("runs").Seq("steps").Children.Cast<YamlMappingNode>();

    private YamlMappingNode Step(string id) => Steps.Single(s => s.Scalar("id") == id);

    private IReadOnlyList<string> BinaryInputs => [.. action.Map("inputs").Keys().Except(SecretInputs).Except(CompositeOnlyInputs)];

    [Fact]
    public void Runs_Default_IsACompositeActionRunningTheScriptOnTheRunner()
    {
        Assert.Equal("composite", action.Map("runs").Scalar("using"));
        Assert.Equal("bash \"$GITHUB_ACTION_PATH/.github/action/run.sh\"", Step("run").Scalar("run"));
        Assert.Equal("bash", Step("run").Scalar("shell"));
    }

    [Fact]
    public void Runs_Container_BuildsTheRepositoryDockerfileOnMain()
    {
        var runs = container.Map("runs");

        Assert.Equal("docker", runs.Scalar("using"));
        Assert.Equal("../Dockerfile", runs.Scalar("image"));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "container", "..", "Dockerfile")));
    }

    [Fact]
    public void Release_VersionLine_IsThePinTheReleaseWorkflowRewrites()
    {
        var env = Step("release").Map("env");
        var release = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "release.yml"));

        Assert.Equal("source", env.Scalar("HOOKSYNC_VERSION"));
        Assert.Single(Regex.Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "action.yml")), "^        HOOKSYNC_VERSION: source$", RegexOptions.Multiline));
        Assert.Contains("HOOKSYNC_VERSION: source", release, StringComparison.Ordinal);
        Assert.Contains(@"image: \.\./Dockerfile", release, StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_Every_HasADefaultAndNoRequiredFlag()
    {
        foreach (var manifest in new[] { action, container })
        {
            foreach (var (key, value) in manifest.Map("inputs").Children)
            {
                var input = (YamlMappingNode)value;
                Assert.True(input.Has("default"), $"input {key} has no default");
                Assert.False(input.Has("required"), $"input {key}: the runner does not enforce required; HookSync validates");
            }
        }
    }

    [Fact]
    public void Inputs_ContainerHasTheCompositesInputsExceptItsOwnSteps()
    {
        Assert.Equal(
            action.Map("inputs").Keys().Except(CompositeOnlyInputs).Order(StringComparer.Ordinal),
            container.Map("inputs").Keys().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RunStep_EveryNonSecretInput_IsOneVariableAndRunShPassesEachOnce()
    {
        var env = Step("run").Map("env");
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "action", "run.sh"));
        var listed = ScriptInputs().Match(script).Groups[1].Value.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

        foreach (var input in BinaryInputs)
        {
            Assert.Equal($"${{{{ inputs.{input} }}}}", env.Scalar("HOOKSYNC_IN_" + input.ToUpperInvariant().Replace('-', '_')));
        }
        Assert.Equal(BinaryInputs.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(listed.Length, listed.Distinct().Count());
    }

    [Theory]
    [InlineData("kubeconfig", "KUBECONFIG")]
    [InlineData("token", "TOKEN")]
    [InlineData("ca-data", "CA_DATA")]
    [InlineData("git-token", "GIT_TOKEN")]
    public void SecretInput_ReachesHookSyncOnlyThroughItsEnvironmentVariable(string input, string variable)
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "action", "run.sh"));

        Assert.Equal($"${{{{ inputs.{input} }}}}", Step("run").Map("env").Scalar("HOOKSYNC_SECRET_" + variable));
        Assert.Contains(variable, script, StringComparison.Ordinal);
        Assert.Equal($"${{{{ inputs.{input} }}}}", container.Map("runs").Map("env").Scalar("HOOKSYNC_" + variable));
        Assert.DoesNotContain(container.Map("runs").Seq("args").Scalars(), a => a.Contains($"inputs.{input} ", StringComparison.Ordinal));
    }

    [Fact]
    public void Scripts_NeverInterpolateAnInputOrOutput()
    {
        // `${{ }}` in a run: script is pasted into the shell before it starts: an input holding `"; curl ...` would run.
        foreach (var step in Steps.Where(s => s.Has("run")))
        {
            Assert.DoesNotContain("${{", step.Scalar("run"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ContainerArgs_NonSecretInputs_PassedOnceEachAsNameEqualsValueAfterTheActionVerb()
    {
        var args = container.Map("runs").Seq("args").Scalars();
        var nonSecret = container.Map("inputs").Keys().Except(SecretInputs).Order(StringComparer.Ordinal).ToList();

        Assert.Equal("action", args[0]);
        var passed = args.Skip(1).Order(StringComparer.Ordinal).ToList();
        // Both sides sorted as whole arguments: "helm-set" sorts before "helm-set-file" as a name but after it as "--helm-set=".
        Assert.Equal(nonSecret.Select(i => $"--{i}=${{{{ inputs.{i} }}}}").Order(StringComparer.Ordinal), passed);
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
    public void Outputs_AreTheContractOutputs_TheCompositeTakesThemFromTheRunStep()
    {
        Assert.Equal(ContractOutputs, action.Map("outputs").Keys().Order(StringComparer.Ordinal));
        Assert.Equal(ContractOutputs, container.Map("outputs").Keys().Order(StringComparer.Ordinal));
        foreach (var (key, value) in action.Map("outputs").Children)
        {
            Assert.Equal($"${{{{ steps.run.outputs.{((YamlScalarNode)key).Value} }}}}", ((YamlMappingNode)value).Scalar("value"));
        }
        foreach (var (_, value) in container.Map("outputs").Children)
        {
            Assert.Equal(["description"], ((YamlMappingNode)value).Keys());
        }
    }

    [GeneratedRegex(@"\ninputs=\(\n([^)]*)\)")]
    private static partial Regex ScriptInputs();
}
