using HookSync.Core.Diagnostics;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Testing;

namespace HookSync.Core.Tests.Hooks;

/// <summary>Rules A1–A9, ported from gitops-engine's hook and sync-task tests.</summary>
public sealed class HookAnnotationParserTests
{
    private static (HookSpec Spec, List<Diagnostic> Diagnostics) Parse(ManifestBuilder builder)
    {
        var diagnostics = new List<Diagnostic>();
        return (HookAnnotationParser.Parse(builder.Build(), diagnostics), diagnostics);
    }

    [Fact]
    public void Parse_NoAnnotations_IsResourceInSyncPhase()
    {
        var (spec, diagnostics) = Parse(ManifestBuilder.Pod("pod"));
        Assert.Equal(ObjectRole.Resource, spec.Role);
        Assert.Equal([SyncPhase.Sync], spec.Phases);
        Assert.Empty(diagnostics);
    }

    [Theory] // TestSyncPhasePreSync, TestOneHook
    [InlineData("PreSync", SyncPhase.PreSync)]
    [InlineData("Sync", SyncPhase.Sync)]
    [InlineData("PostSync", SyncPhase.PostSync)]
    [InlineData("SyncFail", SyncPhase.SyncFail)]
    public void Parse_OneHookType_IsHookInThatPhase(string value, SyncPhase phase)
    {
        var (spec, _) = Parse(ManifestBuilder.Pod("hook").Hook(value));
        Assert.Equal(ObjectRole.Hook, spec.Role);
        Assert.Equal([phase], spec.Phases);
    }

    [Fact] // TestDupHookTypes
    public void Parse_DuplicateHookTypes_AreDeduplicated()
    {
        var (spec, _) = Parse(ManifestBuilder.Pod("hook").Hook("Sync,Sync"));
        Assert.Equal([SyncPhase.Sync], spec.Phases);
    }

    [Fact] // TestSyncPhaseTwoPhases, A2 trimming
    public void Parse_TwoTypesWithSpaces_GivesBothPhasesInOrder()
    {
        var (spec, _) = Parse(ManifestBuilder.Pod("hook").Hook(" PostSync , PreSync ,"));
        Assert.Equal([SyncPhase.PreSync, SyncPhase.PostSync], spec.Phases);
    }

    [Fact] // TestSkipHook, TestSyncPhaseSkip
    public void Parse_SkipAlone_IsSkipObject()
    {
        var (spec, _) = Parse(ManifestBuilder.Pod("pod").Hook("Skip"));
        Assert.Equal(ObjectRole.Skip, spec.Role);
        Assert.Empty(spec.Phases);
    }

    [Fact] // TestSkipAndHook
    public void Parse_SkipWithOtherTypes_IgnoresSkip()
    {
        var (spec, _) = Parse(ManifestBuilder.Pod("hook").Hook("Skip,PreSync,PostSync"));
        Assert.Equal(ObjectRole.Hook, spec.Role);
        Assert.Equal([SyncPhase.PreSync, SyncPhase.PostSync], spec.Phases);
    }

    [Theory] // TestGarbageHook, TestSyncPhaseGarbage, TestIgnore, A2 case sensitivity
    [InlineData("Garbage")]
    [InlineData("presync")]
    [InlineData("PRESYNC")]
    [InlineData("")]
    public void Parse_InvalidArgoHookValue_IsIgnoredWithWarning(string value)
    {
        var (spec, diagnostics) = Parse(ManifestBuilder.Pod("hook").Hook(value).At("hooks.yaml", 7));
        Assert.Equal(ObjectRole.Ignored, spec.Role);
        Assert.Empty(spec.Phases);
        var ignored = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.IgnoredObject);
        Assert.Equal(DiagnosticSeverity.Warning, ignored.Severity);
        Assert.Equal(new SourceLocation("hooks.yaml", 7), ignored.Source);
    }

    [Fact]
    public void Parse_MisCasedValue_SuggestsTheRightOne()
    {
        var (_, diagnostics) = Parse(ManifestBuilder.Pod("hook").Hook("presync"));
        var value = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.IgnoredHookValue);
        Assert.Contains("did you mean 'PreSync'", value.Message);
    }

    [Theory] // TestHelmHook, TestGarbageHook (helm), A5 Helm-only values
    [InlineData("pre-install", ObjectRole.Hook, new[] { SyncPhase.PreSync })]
    [InlineData("pre-upgrade", ObjectRole.Hook, new[] { SyncPhase.PreSync })]
    [InlineData("post-install", ObjectRole.Hook, new[] { SyncPhase.PostSync })]
    [InlineData("post-upgrade", ObjectRole.Hook, new[] { SyncPhase.PostSync })]
    [InlineData("pre-delete", ObjectRole.Ignored, new SyncPhase[0])]
    [InlineData("test", ObjectRole.Ignored, new SyncPhase[0])]
    [InlineData("garbage", ObjectRole.Ignored, new SyncPhase[0])]
    [InlineData("crd-install", ObjectRole.Resource, new[] { SyncPhase.Sync })]
    [InlineData("crd-install,pre-install", ObjectRole.Hook, new[] { SyncPhase.PreSync })]
    public void Parse_HelmHook_MapsAsArgoCd(string value, ObjectRole role, SyncPhase[] phases)
    {
        var (spec, _) = Parse(ManifestBuilder.Pod("hook").HelmHook(value));
        Assert.Equal(role, spec.Role);
        Assert.Equal(phases, spec.Phases);
    }

    [Fact] // TestSyncDuplicatedPhases
    public void Parse_PreInstallAndPreUpgrade_GiveOnePreSyncTaskAndANoticeNotAWarning()
    {
        var (spec, diagnostics) = Parse(ManifestBuilder.Pod("hook").HelmHook("pre-install,pre-upgrade"));
        Assert.Equal([SyncPhase.PreSync], spec.Phases);
        // Helm's most common hook pattern must pass plan --strict.
        Assert.Equal(DiagnosticSeverity.Notice, Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.PreInstallAndPreUpgrade).Severity);
    }

    [Fact] // TestBothHooks
    public void Parse_ArgoAndHelmHooks_ArgoWinsAndWarns()
    {
        var (spec, diagnostics) = Parse(ManifestBuilder.Pod("hook").Hook("Sync").HelmHook("pre-install"));
        Assert.Equal([SyncPhase.Sync], spec.Phases);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ArgoAndHelmHook);
    }

    [Fact] // A4.2: an Argo key with no valid value falls back to the Helm types
    public void Parse_InvalidArgoValueWithHelmHook_UsesHelmTypes()
    {
        var (spec, _) = Parse(ManifestBuilder.Pod("hook").Hook("Garbage").HelmHook("post-install"));
        Assert.Equal(ObjectRole.Hook, spec.Role);
        Assert.Equal([SyncPhase.PostSync], spec.Phases);
    }

    [Theory] // TestWave, Test_syncTask_wave, A7
    [InlineData("1", null, 1)]
    [InlineData("-1", null, -1)]
    [InlineData("+2", null, 2)]
    [InlineData(null, "3", 3)]
    [InlineData("1", "3", 1)]
    [InlineData("1.5", "3", 3)]
    [InlineData(" 1", null, 0)]
    [InlineData("", null, 0)]
    [InlineData(null, null, 0)]
    public void Parse_Wave_FromSyncWaveThenHelmWeight(string? syncWave, string? helmWeight, int expected)
    {
        var builder = ManifestBuilder.Pod("pod");
        if (syncWave is not null)
        {
            builder.Wave(syncWave);
        }
        if (helmWeight is not null)
        {
            builder.Annotate(AnnotationKeys.HelmHookWeight, helmWeight);
        }
        Assert.Equal(expected, Parse(builder).Spec.Wave);
    }

    [Fact]
    public void Parse_InvalidWave_WarnsWithSource()
    {
        var (_, diagnostics) = Parse(ManifestBuilder.Pod("pod").Wave("1.5").At("app.yaml", 12));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidWave, warning.Code);
        Assert.Equal(12, warning.Source!.Line);
    }

    [Theory] // Argo CD parses waves as 64-bit integers (strconv.Atoi on a 64-bit platform)
    [InlineData("3000000000", 3_000_000_000L)]
    [InlineData("-3000000000", -3_000_000_000L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Parse_WaveBeyond32Bits_IsKept(string value, long expected)
    {
        var (spec, diagnostics) = Parse(ManifestBuilder.Pod("pod").Wave(value));
        Assert.Equal(expected, spec.Wave);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Parse_WaveBeyond64Bits_WarnsThatItIsOutOfRange()
    {
        var (spec, diagnostics) = Parse(ManifestBuilder.Pod("pod").Wave("99999999999999999999"));
        Assert.Equal(0, spec.Wave);
        Assert.Contains("outside the range of a 64-bit whole number", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory] // TestDeletePolicies, Test_syncTask_hasHookDeletePolicy, A8, argo-cd#15613
    [InlineData(null, null, new[] { HookDeletePolicy.BeforeHookCreation })]
    [InlineData("HookSucceeded", null, new[] { HookDeletePolicy.HookSucceeded })]
    [InlineData("HookSucceeded,HookFailed", null, new[] { HookDeletePolicy.HookSucceeded, HookDeletePolicy.HookFailed })]
    [InlineData("Garbage", null, new[] { HookDeletePolicy.BeforeHookCreation })]
    [InlineData(null, "hook-succeeded", new[] { HookDeletePolicy.HookSucceeded })]
    [InlineData("HookFailed", "hook-succeeded,before-hook-creation", new[] { HookDeletePolicy.HookFailed, HookDeletePolicy.HookSucceeded, HookDeletePolicy.BeforeHookCreation })]
    public void Parse_DeletePolicies_UnionOfArgoAndHelm(string? argo, string? helm, HookDeletePolicy[] expected)
    {
        var builder = ManifestBuilder.Pod("hook").Hook("Sync");
        if (argo is not null)
        {
            builder.DeletePolicy(argo);
        }
        if (helm is not null)
        {
            builder.Annotate(AnnotationKeys.HelmHookDeletePolicy, helm);
        }
        Assert.Equal(expected, Parse(builder).Spec.DeletePolicies);
    }

    [Fact]
    public void Parse_UnknownDeletePolicy_Warns()
    {
        var (_, diagnostics) = Parse(ManifestBuilder.Pod("hook").Hook("Sync").DeletePolicy("hooksucceeded,HookFailed"));
        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownDeletePolicy);
        Assert.Contains("did you mean 'HookSucceeded'", warning.Message);
    }

    [Fact] // argo-cd#3980
    public void Parse_DeletePolicyOnResource_WarnsItHasNoEffect()
    {
        var (spec, diagnostics) = Parse(ManifestBuilder.ConfigMap("cm").DeletePolicy("HookSucceeded"));
        Assert.Equal(ObjectRole.Resource, spec.Role);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.DeletePolicyOnNonHook);
    }

    [Theory]
    [InlineData("10m", 600)]
    [InlineData("90s", 90)]
    [InlineData("1h30m", 5400)]
    public void Parse_HookTimeout_ReadsDuration(string value, int seconds)
    {
        var (spec, _) = Parse(ManifestBuilder.Job("j").Hook("PreSync").Annotate(AnnotationKeys.HookTimeout, value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), spec.HookTimeout);
    }

    [Fact]
    public void Parse_InvalidHookTimeout_WarnsAndIgnores()
    {
        var (spec, diagnostics) = Parse(ManifestBuilder.Job("j").Hook("PreSync").Annotate(AnnotationKeys.HookTimeout, "soon"));
        Assert.Null(spec.HookTimeout);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.InvalidHookTimeout);
    }

    [Fact]
    public void Parse_JobHookWithTtlZero_Warns()
    {
        var job = ManifestBuilder.Job(null).GenerateName("m-").Hook("PreSync");
        job.Spec(new System.Text.Json.Nodes.JsonObject { ["ttlSecondsAfterFinished"] = 0 });
        Assert.Contains(Parse(job).Diagnostics, d => d.Code == DiagnosticCodes.JobTtlZero);
    }

    [Theory]
    [InlineData("HookFailed", true)]
    [InlineData("HookSucceeded", true)]
    [InlineData("HookSucceeded,HookFailed", false)]
    [InlineData("BeforeHookCreation", false)]
    [InlineData(null, false)]
    public void Parse_NamedJobHookThatMayNeverRerun_Warns(string? policy, bool warns)
    {
        var job = ManifestBuilder.Job("migrate").Hook("PreSync");
        if (policy is not null)
        {
            job.DeletePolicy(policy);
        }
        Assert.Equal(warns, Parse(job).Diagnostics.Any(d => d.Code == DiagnosticCodes.NamedHookNeverRerun));
    }

    [Fact]
    public void Parse_PostDeleteHook_IsIgnoredWithNotice()
    {
        var (spec, diagnostics) = Parse(ManifestBuilder.Job("cleanup").Hook("PostDelete"));
        Assert.Equal(ObjectRole.Ignored, spec.Role);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.DeletionHookNotRun && d.Severity == DiagnosticSeverity.Notice);
    }

    [Fact] // A3: an object with PreSync,PostDelete runs as a PreSync hook
    public void Parse_PreSyncAndPostDelete_RunsAsPreSync()
    {
        var (spec, _) = Parse(ManifestBuilder.Job("j").Hook("PreSync,PostDelete"));
        Assert.Equal([SyncPhase.PreSync], spec.Phases);
    }

    [Theory] // A5: Helm test and delete hooks are deliberately not run; only a notice, so --strict accepts charts with tests
    [InlineData("test", DiagnosticSeverity.Notice)]
    [InlineData("test-success,pre-delete", DiagnosticSeverity.Notice)]
    [InlineData("tset", DiagnosticSeverity.Warning)]
    public void Parse_IgnoredHelmHook_SeverityDependsOnTypo(string helm, DiagnosticSeverity severity)
    {
        var (spec, diagnostics) = Parse(ManifestBuilder.Pod("t").HelmHook(helm));
        Assert.Equal(ObjectRole.Ignored, spec.Role);
        Assert.Equal(severity, Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.IgnoredObject).Severity);
    }
}
