using HookSync.Core.Diagnostics;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Testing;

namespace HookSync.Core.Tests.Hooks;

/// <summary>argocd.argoproj.io/sync-options and --sync-option: Argo CD's names and values, warnings where Argo CD stays silent.</summary>
public sealed class SyncOptionParserTests
{
    private static (SyncOptionSet Options, List<Diagnostic> Diagnostics) Parse(string value)
    {
        var doc = ManifestBuilder.ConfigMap("cfg").Annotate(AnnotationKeys.SyncOptions, value).At("app.yaml", 7).Build();
        var diagnostics = new List<Diagnostic>();
        return (SyncOptionParser.ParseAnnotation(doc.Object, doc.Source, diagnostics), diagnostics);
    }

    [Fact]
    public void Annotation_CommaSeparatedWithSpaces_EveryOptionRead()
    {
        var (options, diagnostics) = Parse("Replace=true, Force=true ,PruneLast=true,SkipDryRunOnMissingResource=true,Validate=false,Prune=confirm");

        Assert.Empty(diagnostics);
        Assert.True(options.Replace && options.Force && options.PruneLast && options.SkipDryRunOnMissingResource && options.SkipValidation);
        Assert.True(options.PruneNeedsConfirmation);
        Assert.False(options.PruneDisabled);
    }

    [Theory]
    [InlineData("Replace=ture", "Replace takes true or false, not 'ture'")]
    [InlineData("replace=true", "did you mean Replace?")]
    [InlineData("Replace", "options are NAME=VALUE")]
    [InlineData("Frobnicate=true", "unknown option 'Frobnicate'")]
    [InlineData("CreateNamespace=true", "give it as --sync-option CreateNamespace=true")]
    public void Annotation_WrongOption_WarnsAtTheObjectsFileAndLineAndIsIgnored(string value, string expected)
    {
        var (options, diagnostics) = Parse(value);

        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.UnknownSyncOption, new SourceLocation("app.yaml", 7)),
            (warning.Severity, warning.Code, warning.Source));
        Assert.Contains(expected, warning.Message);
        Assert.True(options.IsEmpty);
    }

    [Fact]
    public void Annotation_ServerSideApplyFalse_IsAWarningThatHookSyncAppliesServerSide()
    {
        var (_, diagnostics) = Parse("ServerSideApply=false");
        Assert.Equal(DiagnosticCodes.ClientSideApplyRefused, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Annotation_OptionWithoutEffect_IsANoticeNotAWarning()
    {
        var (_, diagnostics) = Parse("Delete=false");
        Assert.Equal((DiagnosticSeverity.Notice, DiagnosticCodes.SyncOptionWithoutEffect), (Assert.Single(diagnostics).Severity, diagnostics[0].Code));
    }

    [Fact]
    public void Run_ObjectOnlyOrUnsupportedOption_IsAnError()
    {
        var errors = new List<string>();
        var options = SyncOptionParser.ParseRun(["PruneLast=true,CreateNamespace=true", "Prune=false", "ServerSideApply=false"], errors);

        Assert.True(options.PruneLast && options.CreateNamespace);
        Assert.Equal(2, errors.Count);
        Assert.Contains("use --prune", errors[0]);
        Assert.Contains("client-side apply is not supported", errors[1]);
    }

    [Fact]
    public void Over_TheObjectsOwnValueWinsOverTheRuns()
    {
        var run = SyncOptionParser.ParseRun(["Replace=true", "Validate=false"], new List<string>());
        var (own, _) = Parse("Replace=false");

        var merged = own.Over(run);

        Assert.False(merged.Replace);
        Assert.True(merged.SkipValidation);
    }
}
