using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using CommandLine;

namespace HookSync.Cli.Options;

/// <summary>The verbs and, per verb, the <c>--long</c> option names the parser knows, for "did you mean".</summary>
internal static class OptionNames
{
    public static readonly string[] Verbs = ["plan", "sync", "diff", "comment", "version"];

    /// <summary>Every long option of the verb's options type, with its leading dashes.</summary>
    public static IReadOnlyList<string> Of([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type options) =>
        [.. options.GetProperties()
            .Select(p => p.GetCustomAttribute<OptionAttribute>()?.LongName)
            .OfType<string>()
            .Where(n => n.Length > 0)
            .Select(n => "--" + n)
            .Append("--help")];
}
