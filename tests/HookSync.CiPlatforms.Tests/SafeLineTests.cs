using HookSync.CiPlatforms.Common;

namespace HookSync.CiPlatforms.Tests;

public sealed class SafeLineTests
{
    [Theory]
    [InlineData("::error::x", "› ::error::x")]
    [InlineData("   ::add-mask::x", "›    ::add-mask::x")]
    [InlineData("##[error]x", "› ##[error]x")]
    [InlineData("\t::warning::x", "› \t::warning::x")]
    [InlineData("ConfigMap/a::error::x", "ConfigMap/a::error::x")]
    [InlineData("a\r::error::x", "a\\r::error::x")]
    [InlineData("\u001b[0Ksection_start:1:x\r\u001b[0K", "\\e[0Ksection_start:1:x\\r\\e[0K")]
    [InlineData("plain line", "plain line")]
    public void Of_NeutralisesCommandsAndEscapes(string line, string expected) => Assert.Equal(expected, SafeLine.Of(line));

    [Fact]
    public void GuardedWriter_UntrustedLinesGuarded_TrustedLinesUnchanged()
    {
        var inner = new StringWriter();
        using var guarded = new GuardedWriter(inner);

        guarded.Write("Plan\n    ConfigMap/a\n::error::INJECTED  default\n");
        guarded.Write("partial ");
        guarded.WriteTrustedLine("::group::Sync");
        guarded.WriteLine("\u001b[31mred");
        guarded.Flush();

        Assert.Equal(
            "Plan\n    ConfigMap/a\n› ::error::INJECTED  default\npartial \n::group::Sync\n\\e[31mred\n",
            inner.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
