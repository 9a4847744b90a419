using System.Text.Json.Nodes;
using HookSync.Core.Artifacts;
using HookSync.Core.Model;

namespace HookSync.Core.Tests.Artifacts;

/// <summary>README "Failure artifacts": file names from hostile names, the object's YAML, Secret values masked.</summary>
public sealed class ArtifactTextTests
{
    [Theory]
    [InlineData("webapp-migrate-3f2a1b7", "webapp-migrate-3f2a1b7")]
    [InlineData("../../etc/passwd", "_.._.._etc_passwd")]
    [InlineData("..", "_..")]
    [InlineData(".hidden", "_.hidden")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j")]
    [InlineData("line\nbreak\0nul", "line_break_nul")]
    [InlineData("", "_")]
    [InlineData("ünï", "_n_")]
    public void Safe_KeepsOnlyPlainCharacters(string name, string expected) => Assert.Equal(expected, ArtifactNames.Safe(name));

    [Fact]
    public void Safe_LongName_IsBounded() => Assert.Equal(ArtifactNames.MaxLength, ArtifactNames.Safe(new string('a', 500)).Length);

    [Fact]
    public void Write_Object_IsKubectlLikeBlockYaml()
    {
        var node = JsonNode.Parse("""{"kind":"Job","metadata":{"name":"m","labels":{}},"spec":{"backoffLimit":0,"args":["-x","5",true,null],"containers":[{"name":"main","image":"busybox:1.36"}]}}""");

        Assert.Equal("""
            kind: Job
            metadata:
              name: m
              labels: {}
            spec:
              backoffLimit: 0
              args:
                - "-x"
                - "5"
                - true
                - null
              containers:
                - name: main
                  image: "busybox:1.36"

            """.Replace("\r", string.Empty, StringComparison.Ordinal), YamlText.Write(node));
    }

    [Theory]
    [InlineData("a: b")]
    [InlineData("#comment")]
    [InlineData("--- \n... ")]
    [InlineData("&anchor *alias !tag")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("- item")]
    [InlineData("123")]
    public void Write_HostileValue_IsOneDoubleQuotedScalar(string value)
    {
        var yaml = YamlText.Write(new JsonObject { ["k"] = value });

        Assert.StartsWith("k: \"", yaml, StringComparison.Ordinal);
        Assert.Equal(1, yaml.Count(c => c == '\n'));
        Assert.Equal(value, System.Text.Json.JsonSerializer.Deserialize<string>(yaml["k: ".Length..].TrimEnd('\n')));
    }

    [Fact]
    public void Readable_Secret_MasksEveryValueAndDropsManagedFieldsAndLastApplied()
    {
        var secret = KubeObject.Parse("""
            {"apiVersion":"v1","kind":"Secret","metadata":{"name":"db","managedFields":[{"manager":"hooksync"}],
             "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"data\":{\"password\":\"aHVudGVyMg==\"}}","keep":"me"}},
             "data":{"password":"aHVudGVyMg=="},"stringData":{"token":"t0ps3cret"}}
            """);

        var yaml = YamlText.Write(FailureArtifacts.Readable(secret));

        Assert.DoesNotContain("aHVudGVyMg==", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("t0ps3cret", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("managedFields", yaml, StringComparison.Ordinal);
        Assert.Contains("password: \"***\"", yaml, StringComparison.Ordinal);
        Assert.Contains("token: \"***\"", yaml, StringComparison.Ordinal);
        Assert.Contains("keep: me", yaml, StringComparison.Ordinal);
    }
}
