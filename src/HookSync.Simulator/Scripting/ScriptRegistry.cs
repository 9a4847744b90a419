using System.Text.Json.Nodes;
using HookSync.Simulator.Api;

namespace HookSync.Simulator.Scripting;

/// <summary>Scripted behaviours and apply rejections, consulted by controllers and writes; the latest matching entry wins.</summary>
internal sealed class ScriptRegistry
{
    private readonly Lock _gate = new();
    private readonly List<(string Kind, string Name, Behaviour Behaviour)> _behaviours = [];
    private readonly List<(string Kind, string Name, int Code, string Reason, string Message, bool SparesDryRun)> _rejections = [];
    private readonly IReadOnlyList<(string Kind, string Name, SimulatedCause? Cause)> _failTargets;

    public ScriptRegistry(IReadOnlyList<string> failTargets)
    {
        _failTargets = [.. failTargets.Select(FailTarget.Parse).OfType<(string, string, SimulatedCause?)>()];
        foreach (var (kind, name, cause) in _failTargets)
        {
            if (cause is { } c && CauseStatuses.Rejection(c) is { } rejection)
            {
                _rejections.Add((kind, name, rejection.Code, rejection.Reason, rejection.Message, false));
            }
        }
    }

    public void Add(string kind, string name, Behaviour behaviour)
    {
        lock (_gate)
        {
            _behaviours.Add((kind, name, behaviour));
        }
    }

    public void Reject(string kind, string name, int code, string reason, string message, bool sparesDryRun = false)
    {
        lock (_gate)
        {
            _rejections.Add((kind, name, code, reason, message, sparesDryRun));
        }
    }

    /// <summary>The behaviour for an object: a script entry first, then --simulate-fail, else success after the work duration.</summary>
    public Behaviour For(JsonObject obj)
    {
        var kind = obj.Str("kind") ?? "";
        var name = obj.Str("metadata", "name") ?? "";
        var generateName = obj.Str("metadata", "generateName");
        lock (_gate)
        {
            for (var i = _behaviours.Count - 1; i >= 0; i--)
            {
                var entry = _behaviours[i];
                if (TargetName.KindMatches(entry.Kind, kind) && TargetName.Matches(entry.Name, name, generateName))
                {
                    return entry.Behaviour;
                }
            }
        }
        foreach (var target in _failTargets)
        {
            if (TargetName.KindMatches(target.Kind, kind) && TargetName.Matches(target.Name, name, generateName))
            {
                return new Behaviour(Outcome.Fail, null) { Cause = target.Cause };
            }
        }
        return Behaviour.Default;
    }

    /// <summary>Throws the scripted Status when a create or apply of this object is to be rejected.</summary>
    public void ThrowIfRejected(ResourceType type, string ns, string name, string? generateName, bool dryRun)
    {
        var kind = type.Kind;
        lock (_gate)
        {
            for (var i = _rejections.Count - 1; i >= 0; i--)
            {
                var r = _rejections[i];
                if (TargetName.KindMatches(r.Kind, kind) && TargetName.Matches(r.Name, name, generateName) && !(dryRun && r.SparesDryRun))
                {
                    var message = CauseStatuses.Fill(r.Message, type, ns, name);
                    throw new ApiException(r.Code, r.Reason, message, new JsonObject { ["name"] = name, ["group"] = type.Group, ["kind"] = type.Name });
                }
            }
        }
    }
}
