using HookSync.Rendering.Text;

namespace HookSync.Rendering.Tests;

public sealed class YamlStreamTests
{
    [Fact]
    public void Split_Markers_GiveDocumentsWithTheirStartLines()
    {
        var chunks = YamlStream.Split("a: 1\n---\nb: 2\n--- \n# only a comment\n---\nc: |\n  --- not a marker\n");

        Assert.Equal(3, chunks.Count);
        Assert.Equal((1, "a: 1"), (chunks[0].StartLine, chunks[0].Text));
        Assert.Equal(3, chunks[1].StartLine);
        Assert.Equal(7, chunks[2].StartLine);
        Assert.Contains("--- not a marker", chunks[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ObjectIdentity_ReadsKindAndMetadataName()
    {
        var identity = ObjectIdentity.Read("apiVersion: v1\nkind: Service\nmetadata:\n  labels:\n    name: not-this\n  name: \"web\" # the service\nspec: {}".Split('\n'));

        Assert.Equal(new ObjectIdentity("Service", "web"), identity);
    }
}
