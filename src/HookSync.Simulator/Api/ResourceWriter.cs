using System.Collections.Immutable;
using System.Text.Json.Nodes;
using HookSync.Simulator.Apply;
using HookSync.Simulator.Controllers;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Api;

/// <summary>Create, server-side apply, merge patch and update, with the apiserver's checks and ownership bookkeeping.</summary>
internal sealed class ResourceWriter(SimulatorContext context)
{
    private static readonly string[] IdentityFields = ["name", "namespace", "uid", "creationTimestamp", "deletionTimestamp"];

    public (int Code, JsonObject Body) Create(ApiPath path, JsonObject body, WriteRequest write)
    {
        if (path.Name is not null || path.Subresource is not null)
        {
            throw ApiException.MethodNotAllowed();
        }
        var type = path.Type;
        var obj = ObjectShape.Normalize(type, path, body);
        FieldSchema.Enforce(type, obj, write, apply: false);
        return context.Store.Transact(tx =>
        {
            var metadata = obj.Metadata();
            var generateName = metadata.Str("generateName");
            if (string.IsNullOrEmpty(metadata.Str("name")) && !string.IsNullOrEmpty(generateName))
            {
                string candidate;
                do
                {
                    candidate = generateName + tx.Identity.Suffix();
                }
                while (tx.Get(ObjectShape.KeyOf(type, path.Namespace, candidate)) is not null);
                metadata["name"] = candidate;
            }
            ObjectValidation.ValidateCreate(type, obj);
            var name = metadata.Str("name")!;
            context.Script.ThrowIfRejected(type, path.Namespace ?? string.Empty, name, generateName, write.DryRun);
            EnsureNamespace(tx, type, path.Namespace, name);
            var key = ObjectShape.KeyOf(type, path.Namespace, name);
            if (tx.Get(key) is not null)
            {
                throw ApiException.AlreadyExists(type, name);
            }
            obj.Remove("status");
            ObjectDefaults.OnCreate(type, obj, tx.Identity);
            var owners = ServerSideApply.RecordUpdate(ObjectStore.NoOwners, [], obj, write.Manager, type.GroupVersion, tx.Now);
            return (201, Commit(tx, key, obj, owners, write, live: null));
        });
    }

    public (int Code, JsonObject Body) Apply(ApiPath path, JsonObject body, WriteRequest write)
    {
        if (write.FieldManager is null)
        {
            throw new ApiException(422, "Invalid", "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch",
                new JsonObject { ["group"] = "meta.k8s.io", ["kind"] = "PatchOptions", ["causes"] = new JsonArray(new JsonObject
                {
                    ["reason"] = "FieldValueRequired", ["message"] = "Required value: is required for apply patch", ["field"] = "fieldManager",
                }) });
        }
        var type = path.Type;
        if (path.Subresource == "status")
        {
            return MergePatch(path, new JsonObject { ["status"] = body["status"]?.DeepClone() }, write);
        }
        var applied = ObjectShape.Normalize(type, path, body);
        FieldSchema.Enforce(type, applied, write, apply: true);
        context.Script.ThrowIfRejected(type, path.Namespace ?? string.Empty, path.Name!, null, write.DryRun);
        return context.Store.Transact(tx =>
        {
            var key = ObjectShape.KeyOf(type, path.Namespace, path.Name!);
            var live = tx.Get(key);
            if (live is null)
            {
                EnsureNamespace(tx, type, path.Namespace, path.Name!);
            }
            var (merged, owners) = ServerSideApply.Apply(live, applied, write.Manager, write.Force, type, tx.Now);
            if (live is null)
            {
                ObjectValidation.ValidateCreate(type, merged);
                ObjectDefaults.OnCreate(type, merged, tx.Identity);
                return (201, Commit(tx, key, merged, owners, write, live));
            }
            ObjectValidation.ValidateUpdate(type, live.Object, merged);
            return (200, Commit(tx, key, merged, owners, write, live));
        });
    }

    public (int Code, JsonObject Body) MergePatch(ApiPath path, JsonObject patch, WriteRequest write) =>
        Modify(path, write, live => JsonMerge.MergePatch(live, patch) as JsonObject ?? []);

    public (int Code, JsonObject Body) JsonPatch(ApiPath path, JsonArray operations, WriteRequest write) =>
        Modify(path, write, live => HookSync.Simulator.Apply.JsonPatch.Apply(live, operations));

    public (int Code, JsonObject Body) Update(ApiPath path, JsonObject body, WriteRequest write)
    {
        var incoming = path.Subresource is null ? ObjectShape.Normalize(path.Type, path, body) : body;
        if (path.Subresource is null)
        {
            FieldSchema.Enforce(path.Type, incoming, write, apply: false);
        }
        return Modify(path, write, live =>
        {
            var expected = incoming.Str("metadata", "resourceVersion");
            if (!string.IsNullOrEmpty(expected) && expected != live.Str("metadata", "resourceVersion"))
            {
                throw ApiException.Modified(path.Type, path.Name!);
            }
            return incoming.CloneObject();
        });
    }

    private (int Code, JsonObject Body) Modify(ApiPath path, WriteRequest write, Func<JsonObject, JsonObject> change)
    {
        var type = path.Type;
        return context.Store.Transact(tx =>
        {
            var key = ObjectShape.KeyOf(type, path.Namespace, path.Name!);
            var live = tx.Get(key) ?? throw ApiException.NotFound(type, path.Name!);
            var changed = change(live.Object);
            JsonObject result;
            if (path.Subresource == "status")
            {
                // The status subresource changes status only.
                result = live.Object.CloneObject();
                result["status"] = changed["status"]?.DeepClone();
            }
            else
            {
                result = changed;
                result["apiVersion"] = type.GroupVersion;
                result["kind"] = type.Kind;
                var metadata = result.Metadata();
                foreach (var field in IdentityFields)
                {
                    metadata[field] = live.Object.At("metadata", field)?.DeepClone();
                    if (metadata[field] is null)
                    {
                        metadata.Remove(field);
                    }
                }
                if (type.HasStatus)
                {
                    result["status"] = live.Object["status"]?.DeepClone();
                }
                ObjectValidation.ValidateUpdate(type, live.Object, result);
            }
            if (result["status"] is null)
            {
                result.Remove("status");
            }
            var owners = ServerSideApply.RecordUpdate(live.Owners, live.Object, result, write.Manager, type.GroupVersion, tx.Now);
            return (200, Commit(tx, key, result, owners, write, live));
        });
    }

    private static JsonObject Commit(StoreTransaction tx, ObjectKey key, JsonObject obj, ImmutableDictionary<string, FieldOwner> owners, WriteRequest write, StoredObject? live)
    {
        ObjectDefaults.Normalize(key, obj);
        if (write.DryRun)
        {
            // dryRun=All runs every check and returns what would be stored, storing nothing.
            var preview = obj.CloneObject();
            var metadata = preview.Metadata();
            metadata["uid"] ??= live?.Uid ?? tx.Identity.Uid();
            metadata["creationTimestamp"] ??= live?.Object.Str("metadata", "creationTimestamp") ?? tx.Now;
            ManagedFieldsRenderer.Render(metadata, owners);
            return preview;
        }
        var stored = tx.Put(key, obj, owners);
        GarbageCollector.RemoveIfFinalized(tx, stored);
        return stored.Object.CloneObject();
    }

    private static void EnsureNamespace(StoreTransaction tx, ResourceType type, string? ns, string name)
    {
        if (!type.Namespaced)
        {
            return;
        }
        if (ns is null)
        {
            throw ApiException.MethodNotAllowed();
        }
        var nsObject = tx.Get(new ObjectKey("", "namespaces", "", ns)) ?? throw ApiException.NamespaceNotFound(ns);
        if (nsObject.IsDeleting)
        {
            throw new ApiException(403, "Forbidden",
                $"{type.QualifiedName} \"{name}\" is forbidden: unable to create new content in namespace {ns} because it is being terminated",
                new JsonObject { ["name"] = name, ["group"] = type.Group, ["kind"] = type.Name });
        }
    }
}
