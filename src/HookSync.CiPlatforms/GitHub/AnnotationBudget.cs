using HookSync.Core.Diagnostics;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>Counts annotations per type: the runner records only 10 errors, 10 warnings and 10 notices per step.</summary>
internal sealed class AnnotationBudget
{
    public const int PerType = 10;

    private readonly Dictionary<DiagnosticSeverity, int> _emitted = [];
    private readonly Dictionary<DiagnosticSeverity, int> _dropped = [];

    /// <summary>True when one more annotation of this type still becomes an annotation; otherwise counts it as not shown.</summary>
    public bool TryTake(DiagnosticSeverity severity)
    {
        var emitted = _emitted.GetValueOrDefault(severity);
        if (emitted < PerType)
        {
            _emitted[severity] = emitted + 1;
            return true;
        }
        _dropped[severity] = _dropped.GetValueOrDefault(severity) + 1;
        return false;
    }

    public int Emitted(DiagnosticSeverity severity) => _emitted.GetValueOrDefault(severity);

    public int NotShown(DiagnosticSeverity severity) => _dropped.GetValueOrDefault(severity);

    public int TotalNotShown => _dropped.Values.Sum();

    public static string CommandFor(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };
}
