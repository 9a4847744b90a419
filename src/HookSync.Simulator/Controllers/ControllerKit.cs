using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using HookSync.Simulator.Api;
using HookSync.Simulator.Scripting;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>What every controller uses: scheduling on the injected clock, guarded status updates, scripted behaviours.</summary>
internal sealed class ControllerKit(SimulatorContext context)
{
    private readonly ConcurrentDictionary<string, byte> _handled = new(StringComparer.Ordinal);

    public SimulatorContext Context => context;

    public TimeSpan WorkDuration => context.Options.WorkDuration;

    public Behaviour BehaviourOf(JsonObject obj) => context.Script.For(obj);

    public void After(TimeSpan delay, Action step) => context.Scheduler.After(delay, step);

    /// <summary>True the first time it is called for this uid and generation: a controller reconciles each generation once.</summary>
    public bool FirstTimeFor(JsonObject obj, string purpose) =>
        _handled.TryAdd($"{purpose}/{obj.Str("metadata", "uid")}/{obj.Long("metadata", "generation") ?? 0}", 0);

    /// <summary>Changes an object if it still exists as the same uid and is not being deleted; returns the stored result.</summary>
    public JsonObject? Update(ObjectKey key, string uid, Action<JsonObject, StoreTransaction> change) => context.Store.Transact(tx =>
    {
        var live = tx.Get(key);
        if (live is null || live.Uid != uid || live.IsDeleting)
        {
            return null;
        }
        var obj = live.Object.CloneObject();
        change(obj, tx);
        return tx.Put(key, obj, live.Owners).Object;
    });

    /// <summary>Creates an object as a controller would (no API round trip); returns null when the name is taken or the namespace is gone.</summary>
    public JsonObject? Create(ResourceType type, JsonObject obj, StoreTransaction tx)
    {
        var key = ObjectShape.KeyOf(type, obj.Str("metadata", "namespace"), obj.Str("metadata", "name") ?? "");
        if (tx.Get(key) is not null || (type.Namespaced && tx.Get(new ObjectKey("", "namespaces", "", key.Namespace)) is not { IsDeleting: false }))
        {
            return null;
        }
        ObjectDefaults.OnCreate(type, obj, tx.Identity);
        return tx.Put(key, obj, ObjectStore.NoOwners).Object;
    }

    public ResourceType TypeOf(string group, string resource) => context.Catalog.ForKey(new ObjectKey(group, resource, "", ""));

    public static JsonObject Condition(string type, string status, string reason, string message, string now) => new()
    {
        ["type"] = type,
        ["status"] = status,
        ["lastUpdateTime"] = now,
        ["lastTransitionTime"] = now,
        ["reason"] = reason,
        ["message"] = message,
    };

    public static JsonObject OwnerReference(JsonObject owner) => new()
    {
        ["apiVersion"] = owner.Str("apiVersion"),
        ["kind"] = owner.Str("kind"),
        ["name"] = owner.Str("metadata", "name"),
        ["uid"] = owner.Str("metadata", "uid"),
        ["controller"] = true,
        ["blockOwnerDeletion"] = true,
    };

    public static bool IsOwnedBy(JsonObject obj, string kind) =>
        (obj.At("metadata", "ownerReferences") as JsonArray)?.Any(r => r.Str("kind") == kind) == true;
}
