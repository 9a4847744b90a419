using System.Text.Json.Nodes;
using HookSync.Core.Diff;

namespace HookSync.Core.Tests.Diff;

public sealed class YamlTextTests
{
    private static string Yaml(string json) => string.Join("\n", YamlText.Lines(JsonNode.Parse(json)));

    [Fact]
    public void Lines_KeysSortedOrdinal_NestedMapsIndented()
    {
        Assert.Equal("a: 1\nb:\n  x: true\n  z: null\nc: text", Yaml("""{"c":"text","b":{"z":null,"x":true},"a":1}"""));
    }

    [Fact]
    public void Lines_Sequences_AtTheKeysIndentWithMapsInline()
    {
        Assert.Equal("items:\n- name: a\n  port: 80\n- - 1\n  - 2\n- plain", Yaml("""{"items":[{"port":80,"name":"a"},[1,2],"plain"]}"""));
    }

    [Theory]
    [InlineData("true", "\"true\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("null", "\"null\"")]
    [InlineData("-1", "\"-1\"")]
    [InlineData("1e3", "\"1e3\"")]
    [InlineData("0x1F", "\"0x1F\"")]
    [InlineData("12:30", "\"12:30\"")]
    [InlineData("", "\"\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("a: b", "\"a: b\"")]
    [InlineData("a #b", "\"a #b\"")]
    [InlineData("*alias", "\"*alias\"")]
    [InlineData("- item", "\"- item\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("esc\u001b[31m", "\"esc\\u001b[31m\"")]
    [InlineData("ghcr.io/example/webapp:1.4.2", "ghcr.io/example/webapp:1.4.2")]
    [InlineData("postgres.default.svc", "postgres.default.svc")]
    [InlineData("1.4.2", "1.4.2")]
    public void Scalar_QuotedOnlyWhenYamlWouldReadItAsSomethingElse(string text, string expected) =>
        Assert.Equal(expected, YamlText.Scalar(text));

    [Fact]
    public void Lines_MultiLineString_LiteralBlockWithChomping()
    {
        Assert.Equal("a: |\n  one\n  two\nb: |-\n  x\n  y", Yaml("""{"a":"one\ntwo\n","b":"x\ny"}"""));
    }

    [Fact]
    public void Lines_EmptyContainers_FlowStyle()
    {
        Assert.Equal("a: {}\nb: []", Yaml("""{"a":{},"b":[]}"""));
    }

    [Fact]
    public void Lines_Numbers_AsWritten()
    {
        Assert.Equal("big: 3000000000\nneg: -3\nratio: 0.5", Yaml("""{"big":3000000000,"neg":-3,"ratio":0.5}"""));
    }
}
