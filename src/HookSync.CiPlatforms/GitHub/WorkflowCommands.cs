using System.Text;
using HookSync.Core.Model;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>GitHub Actions workflow commands with the runner's exact escaping.</summary>
internal static class WorkflowCommands
{
    /// <summary>Escapes command data: <c>%</c> first, then CR and LF.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes data that is shown, not matched: line breaks as the runner expects, every other control character visibly (an ESC from a manifest must not reach the log).</summary>
    public static string VisibleData(string value) => DisplayText.Visible(EscapeData(value));

    /// <summary>Escapes a property value: as data, plus <c>:</c> and <c>,</c> (an unescaped <c>::</c> would end the properties).</summary>
    public static string EscapeProperty(string value) =>
        VisibleData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary><c>::error file=…,line=…,title=…::message</c>; empty properties are left out (the runner drops them anyway).</summary>
    public static string Annotation(string command, string? file, int? line, string? title, string message)
    {
        var properties = new List<string>();
        if (!string.IsNullOrEmpty(file))
        {
            properties.Add("file=" + EscapeProperty(file));
            if (line is > 0)
            {
                properties.Add($"line={line}");
            }
        }
        if (!string.IsNullOrEmpty(title))
        {
            properties.Add("title=" + EscapeProperty(title));
        }
        var builder = new StringBuilder("::").Append(command);
        if (properties.Count > 0)
        {
            builder.Append(' ').AppendJoin(',', properties);
        }
        return builder.Append("::").Append(VisibleData(message)).ToString();
    }

    public static string AddMask(string value) => "::add-mask::" + EscapeData(value);

    public static string Group(string title) => "::group::" + VisibleData(title);

    public const string EndGroup = "::endgroup::";

    public static string StopCommands(string token) => "::stop-commands::" + token;

    /// <summary>The line that resumes command processing after <see cref="StopCommands"/>.</summary>
    public static string ResumeCommands(string token) => "::" + token + "::";
}
