using HookSync.Manifests.Parsing;

namespace HookSync.Manifests.Tests;

public sealed class CoreSchemaTests
{
    [Theory]
    [InlineData("", "null")]
    [InlineData("~", "null")]
    [InlineData("NULL", "null")]
    [InlineData("True", "true")]
    [InlineData("FALSE", "false")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("no", "\"no\"")]
    [InlineData("0", "0")]
    [InlineData("+12", "12")]
    [InlineData("-0x1", "\"-0x1\"")]
    [InlineData("0xff", "255")]
    [InlineData("0o777", "511")]
    [InlineData("0755", "493")]
    [InlineData("089", "89")]
    [InlineData("1e3", "1000")]
    [InlineData("-.5", "-0.5")]
    [InlineData(".nan", "\".nan\"")]
    [InlineData("1.2.3", "\"1.2.3\"")]
    [InlineData("12Mi", "\"12Mi\"")]
    [InlineData("99999999999999999999", "1E+20")]
    [InlineData("web-1", "\"web-1\"")]
    public void ResolvePlain_Scalar_GivesTheCoreSchemaValue(string plain, string json)
    {
        var node = CoreSchema.ResolvePlain(plain);

        Assert.Equal(json, node?.ToJsonString() ?? "null");
    }
}
