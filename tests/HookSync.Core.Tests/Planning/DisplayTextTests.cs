using HookSync.Core.Model;

namespace HookSync.Core.Tests.Planning;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("web-app", "web-app")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("\u001b[31mred", "\\e[31mred")]
    [InlineData("a\u2028b\u0085c\u0000d\u007f", "a\\u2028b\\u0085c\\u0000d\\u007f")]
    [InlineData("café ✓", "café ✓")]
    public void Visible_EscapesEveryControlCharacter(string value, string expected) => Assert.Equal(expected, DisplayText.Visible(value));
}
