namespace HookSync.CiPlatforms;

/// <summary>The JSON report's file name where a platform writes it by default.</summary>
internal static class ReportFiles
{
    public const string DefaultName = "hooksync-report.json";
}
