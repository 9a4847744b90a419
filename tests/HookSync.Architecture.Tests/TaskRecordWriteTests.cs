using System.Reflection;
using System.Text.RegularExpressions;
using HookSync.Core.Execution;

namespace HookSync.Architecture.Tests;

/// <summary>
/// The engine decides every task transition in pure code (SyncStateMachine, TaskRules) and applies it in one place:
/// TaskLedger is the only code that writes a TaskRecord. The settable members come from the built type, so a new one
/// is covered at once; the writes are found in the sources of HookSync.Core, the only assembly that sees the type.
/// </summary>
public sealed class TaskRecordWriteTests
{
    private const string Applier = "TaskLedger.cs";

    [Fact]
    public void TaskRecord_IsWrittenOnlyByTheLedger()
    {
        var members = SettableMembers();
        var writes = WritesOf(members, Sources().Where(s => Path.GetFileName(s.Path) != Applier));

        Assert.True(writes.Count == 0, "TaskRecord written outside " + Applier + ":\n" + string.Join("\n", writes));
    }

    [Fact]
    public void Detector_FindsAssignmentsIncrementsAndCompoundWrites()
    {
        // Guards the detector itself against a regex that matches nothing.
        var members = SettableMembers();
        string[] samples =
        [
            "record.State = OperationPhase.Failed;", "r.Deleted=true;", "record.Order ??= 1;", "++record.Order;",
            "x.Record.Message += \"!\";", "record.Live\n    = live;",
        ];

        Assert.All(samples, sample => Assert.NotEmpty(WritesOf(members, [("sample.cs", sample)])));
        Assert.Empty(WritesOf(members, [("sample.cs", "if (record.State == OperationPhase.Failed && record.Deleted != true) { }")]));
        Assert.Contains("State", members);
    }

    [Fact]
    public void Ledger_StillWritesTaskRecords()
    {
        // Without this, renaming the applier would make the first test pass vacuously.
        var ledger = Sources().Single(s => Path.GetFileName(s.Path) == Applier);

        Assert.NotEmpty(WritesOf(SettableMembers(), [ledger]));
    }

    private static List<string> SettableMembers()
    {
        var type = typeof(SyncExecutor).Assembly.GetType("HookSync.Core.Execution.TaskRecord", throwOnError: true)!;
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        var properties = type.GetProperties(all).Where(p => p.SetMethod is not null).Select(p => p.Name);
        var fields = type.GetFields(all).Where(f => !f.IsInitOnly && !f.Name.Contains('<', StringComparison.Ordinal)).Select(f => f.Name);
        return [.. properties.Concat(fields)];
    }

    private static List<string> WritesOf(IReadOnlyList<string> members, IEnumerable<(string Path, string Text)> sources)
    {
        var names = string.Join("|", members);
        var assignment = new Regex($@"\.\s*(?<m>{names})\s*(=(?![=>])|\+=|-=|\*=|/=|\?\?=|\+\+|--)", RegexOptions.ExplicitCapture);
        var prefix = new Regex($@"(\+\+|--)\s*[\w.\[\]]+\.\s*(?<m>{names})\b", RegexOptions.ExplicitCapture);
        var writes = new List<string>();
        foreach (var (path, text) in sources)
        {
            foreach (var match in assignment.Matches(text).Concat(prefix.Matches(text)))
            {
                var line = text.AsSpan(0, match.Index).Count('\n') + 1;
                writes.Add($"{path}:{line}: {match.Value.ReplaceLineEndings(" ")}");
            }
        }
        return writes;
    }

    private static IEnumerable<(string Path, string Text)> Sources()
    {
        var core = Path.Combine(FindRoot(), "src", "HookSync.Core");
        return Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(core, p), File.ReadAllText(p)));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HookSync.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("HookSync.sln not found");
    }
}
