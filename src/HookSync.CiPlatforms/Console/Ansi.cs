namespace HookSync.CiPlatforms.Console;

/// <summary>ANSI colours for plain log lines; never used on a workflow-command line (a prefix before <c>::</c> defeats it).</summary>
internal static class Ansi
{
    public const string Green = "\u001b[32m";
    public const string Red = "\u001b[31m";
    public const string Yellow = "\u001b[33m";
    public const string Cyan = "\u001b[36m";
    public const string Dim = "\u001b[2m";
    public const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    /// <summary>Wraps <paramref name="text"/> in <paramref name="colour"/> when colour is on.</summary>
    public static string Paint(string text, string? colour, bool enabled) =>
        enabled && colour is not null ? colour + text + Reset : text;
}
