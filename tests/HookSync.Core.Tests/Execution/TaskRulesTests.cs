using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using Microsoft.Extensions.Time.Testing;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

/// <summary>The pure task rules, applied through the ledger the way the executors apply them.</summary>
public sealed class TaskRulesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingObserver _observer = new();

    [Fact]
    public void Applied_ConfiguredWithDryRunResourceVersion_IsUnchangedAndRunning()
    {
        // A real API server answers 200 for a no-op apply; the dry-run's resourceVersion tells it apart.
        var (ledger, record) = Ledger(Resource(ConfigMap("cfg")));
        var live = WithVersion(ConfigMap("cfg"), "7");
        ledger.Apply(record, TaskRules.DryRunPassed(record, new ApplyResult(live, ApplyAction.Configured), reportAsDone: false));

        ledger.Apply(record, TaskRules.Applied(record, new ApplyResult(live, ApplyAction.Configured)));

        Assert.Equal((TaskAction.Unchanged, ResultCode.Synced, OperationPhase.Running), (record.Action, record.Status, record.State));
        Assert.Equal("configmap/cfg unchanged", record.Message);
        Assert.Equal(_time.GetUtcNow(), record.CreatedAt);
    }

    [Fact]
    public void Observed_RunningTaskObjectGone_ErrorWithArgoMessageAndEvent()
    {
        var (ledger, record) = Ledger(Hook(Job("migrate"), SyncPhase.PreSync));
        ledger.Apply(record, TaskRules.Applied(record, new ApplyResult(Job("migrate"), ApplyAction.Created)));

        ledger.Apply(record, TaskRules.Observed(record, null)!);

        Assert.Equal((OperationPhase.Error, ResultCode.SyncFailed), (record.State, record.Status));
        Assert.Equal("Resource batch/Job/migrate is missing, it might have been deleted", record.Message);
        Assert.False(record.IsObserved);
        Assert.Equal(OperationPhase.Error, _observer.Events.OfType<TaskStateChanged>().Last().State);
    }

    [Fact]
    public void Observed_CompletedTaskObjectGone_KeepsItsState()
    {
        // D-1: once a terminal state was observed, a vanished object keeps it.
        var (ledger, record) = Ledger(Hook(Job("migrate"), SyncPhase.PreSync));
        ledger.Apply(record, TaskRules.Applied(record, new ApplyResult(Job("migrate"), ApplyAction.Created)));
        ledger.Apply(record, TaskRules.Terminated("timed out after 1m"));

        Assert.Null(TaskRules.Observed(record, null));
    }

    [Fact]
    public void Observed_OldInstanceGone_EndsTheWaitWithoutStartingTheTask()
    {
        // T3: the new instance is created by a later step.
        var (ledger, record) = Ledger(Hook(Job("migrate"), SyncPhase.PreSync));
        ledger.Apply(record, TaskRules.OldInstanceDeleting);

        Assert.Null(TaskRules.Observed(record, Job("migrate")));
        ledger.Apply(record, TaskRules.Observed(record, null)!);

        Assert.False(record.AwaitingOldDeletion);
        Assert.Null(record.State);
    }

    [Fact]
    public void Ledger_EmptyMessage_KeepsTheStoredOne()
    {
        // R4, and the start order and finish time are set once.
        var (ledger, record) = Ledger(Resource(ConfigMap("cfg")));
        ledger.Apply(record, TaskRules.Started);
        ledger.Apply(record, TaskRules.Applied(record, new ApplyResult(ConfigMap("cfg"), ApplyAction.Created)));
        _time.Advance(TimeSpan.FromSeconds(3));

        ledger.Apply(record, new TaskChange { State = OperationPhase.Succeeded, Message = string.Empty });
        ledger.Apply(record, TaskRules.Started);

        Assert.Equal(("configmap/cfg created", 1), (record.Message, record.Order));
        Assert.Equal(_time.GetUtcNow(), record.FinishedAt);
        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromSeconds(3), record.StartedAt);
    }

    [Fact]
    public void HealthAssessed_RunningResource_KeepsItsApplyMessage()
    {
        // S3: only hooks take a Progressing message.
        var (ledger, record) = Ledger(Resource(Deployment("web")));
        ledger.Apply(record, TaskRules.Applied(record, new ApplyResult(Deployment("web"), ApplyAction.Created)));

        var change = TaskRules.HealthAssessed(TestHealthRules.Assessor("Deployment"), record);

        Assert.NotNull(change);
        Assert.Equal(OperationPhase.Running, change.State);
        Assert.Null(change.Message);
    }

    private (TaskLedger Ledger, TaskRecord Record) Ledger(Core.Planning.SyncTask task)
    {
        var ledger = new TaskLedger(Of(task), _time, _time.GetUtcNow(), _observer);
        return (ledger, ledger.Records[0]);
    }

    private static KubeObject WithVersion(KubeObject obj, string resourceVersion)
    {
        var body = obj.ToJsonObject();
        body["metadata"]!["resourceVersion"] = resourceVersion;
        return KubeObject.FromJson(body);
    }
}
