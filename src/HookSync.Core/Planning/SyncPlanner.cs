using HookSync.Core.Diagnostics;
using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>Turns manifests into the ordered tasks of a sync (rules A, X3–X6, W1–W4, D-10), without a cluster.</summary>
public static class SyncPlanner
{
    /// <summary>Plans a sync of <paramref name="documents"/>. Problems are diagnostics on the plan, never exceptions.</summary>
    public static SyncPlan Plan(IReadOnlyList<ManifestDocument> documents, PlanContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var scopes = new ScopeResolver(context.Scopes, CrdScopes(documents));
        var tasks = new List<SyncTask>();
        var skipped = new List<SkippedObject>();

        foreach (var document in documents)
        {
            var spec = HookAnnotationParser.Parse(document, diagnostics);
            switch (spec.Role)
            {
                case ObjectRole.Skip:
                case ObjectRole.Ignored:
                    skipped.Add(new SkippedObject(document.Object, document.Source, spec.Role));
                    continue;
                case ObjectRole.Resource when document.Object.Name.Length == 0:
                    // X4 / S-25: only hooks get generated names; Argo CD fails the sync (TestManagedResourceAreNotNamed).
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnnamedResource,
                        $"{document.Object} has no metadata.name. Only hooks may use generateName; give it a name, or make it a hook " +
                        $"with {AnnotationKeys.Hook}.", document.Source));
                    continue;
            }
            var options = SyncOptionParser.ParseAnnotation(document.Object, document.Source, diagnostics).Over(context.RunOptions);
            var operation = OperationFor(document.Object, options);
            var placed = PlaceInNamespace(document, scopes, context.DefaultNamespace, diagnostics);
            var identityValid = ObjectIdentityRules.CheckTypeAndNamespace(placed, document.Source, diagnostics);
            foreach (var phase in spec.Phases)
            {
                var startedAt = context.TimePlaceholder ? HookNamer.PlaceholderCheckTime : context.StartedAt;
                var obj = placed.Name.Length > 0
                    ? placed
                    : placed.WithName(HookNamer.Name(placed.GenerateName, context.Revision, phase, startedAt));
                // One report per document: the phases of a multi-phase hook share the name's fault.
                identityValid = identityValid && ObjectIdentityRules.CheckName(obj, placed.Name.Length == 0, document.Source, diagnostics);
                CheckNameLength(obj, document.Source, diagnostics);
                if (context.TimePlaceholder && placed.Name.Length == 0)
                {
                    // Checked with a real-looking time above; shown with the placeholder, so the plan does not change by the second.
                    obj = placed.WithName(HookNamer.PlaceholderName(placed.GenerateName, context.Revision, phase));
                }
                tasks.Add(new SyncTask(phase, spec.Wave, obj, document.Source, spec, SkipDryRun: false) { Options = options, Operation = operation });
            }
        }

        if (context.RunOptions.CreateNamespace && AutoNamespace(tasks, context.DefaultNamespace) is { } ns)
        {
            tasks.Add(ns);
        }
        ReportDuplicateTasks(tasks, diagnostics);
        var sorted = MarkDryRunSkips(TaskOrder.Sort(tasks));
        if (context.Strict)
        {
            diagnostics = diagnostics.Select(d => d.Severity == DiagnosticSeverity.Warning ? d.AsError() : d).ToList();
        }
        return new SyncPlan(sorted, skipped, diagnostics, context);
    }

    // gitops-engine's autoCreateNamespace: CreateNamespace=true adds a PreSync task creating the destination namespace when
    // the manifests have no such Namespace. It is created only if absent, carries no tracking id and never enters the
    // inventory, so it is never pruned (deleting a namespace deletes everything in it).
    private static SyncTask? AutoNamespace(List<SyncTask> tasks, string ns)
    {
        if (ns.Length == 0 || tasks.Any(t => t.Object.Kind == "Namespace" && t.Object.Group.Length == 0 && t.Object.Name == ns))
        {
            return null;
        }
        var obj = KubeObject.Adopt(new System.Text.Json.Nodes.JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Namespace",
            ["metadata"] = new System.Text.Json.Nodes.JsonObject { ["name"] = ns },
        });
        var spec = new HookSpec(ObjectRole.Resource, [SyncPhase.PreSync], [], 0, null);
        return new SyncTask(SyncPhase.PreSync, 0, obj, new SourceLocation("--sync-option CreateNamespace=true", 0), spec, SkipDryRun: true)
        {
            Operation = TaskOperation.Create,
            AutoCreated = true,
        };
    }

    // Argo CD's applyObject: Replace=true creates or replaces instead of applying; with Force=true it deletes and creates,
    // except for CRDs and Namespaces, which are only ever updated in place (a recreate would delete what they hold).
    private static TaskOperation OperationFor(KubeObject obj, SyncOptionSet options)
    {
        if (!options.Replace)
        {
            return TaskOperation.Apply;
        }
        var holdsOthers = CustomResourceDefinitions.IsCrd(obj) || (obj.Kind == "Namespace" && obj.Group.Length == 0);
        return options.Force && !holdsOthers ? TaskOperation.Recreate : TaskOperation.Replace;
    }

    private static Dictionary<GroupKind, bool> CrdScopes(IReadOnlyList<ManifestDocument> documents)
    {
        var scopes = new Dictionary<GroupKind, bool>();
        foreach (var document in documents.Where(d => CustomResourceDefinitions.IsCrd(d.Object)))
        {
            if (CustomResourceDefinitions.ServedKind(document.Object) is { } kind)
            {
                scopes[kind] = CustomResourceDefinitions.IsNamespaced(document.Object);
            }
        }
        return scopes;
    }

    // D-10: namespaced objects without a namespace get the default; cluster-scoped objects never get one.
    private static KubeObject PlaceInNamespace(ManifestDocument document, IResourceScopes scopes, string defaultNamespace,
        List<Diagnostic> diagnostics)
    {
        var obj = document.Object;
        var namespaced = scopes.IsNamespaced(obj.Gvk.GroupKind);
        if (namespaced == false)
        {
            if (obj.Namespace.Length == 0)
            {
                return obj;
            }
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NamespaceOnClusterScoped,
                $"{obj} is cluster-scoped; its metadata.namespace '{obj.Namespace}' is ignored. Remove it.", document.Source));
            return obj.With(json => (json["metadata"] as System.Text.Json.Nodes.JsonObject)?.Remove("namespace"));
        }
        // Unknown kinds (custom resources whose CRD is not in the manifests) are taken as namespaced, as most are;
        // against a cluster, discovery replaces this guess.
        return obj.Namespace.Length == 0 ? obj.WithNamespace(defaultNamespace) : obj;
    }

    private static void CheckNameLength(KubeObject obj, Model.SourceLocation source, List<Diagnostic> diagnostics)
    {
        // A Job's name becomes the value of its Pods' job-name label, which Kubernetes limits to 63 characters.
        if (obj.Kind == "Job" && obj.Name.Length > 63)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NameTooLong,
                $"Job name '{obj.Name}' is {obj.Name.Length} characters; Kubernetes allows 63 for Jobs. " +
                "Shorten metadata.name or metadata.generateName (a generated name adds 28 or so characters).", source));
        }
    }

    private static void ReportDuplicateTasks(List<SyncTask> tasks, List<Diagnostic> diagnostics)
    {
        // Manifest discovery rejects objects defined twice; generated hook names can still collide when two hooks
        // share a generateName and a phase.
        // Keyed by phase and resource (what Id spells out) without building an Id string per task: plans can be large.
        var counts = new Dictionary<(SyncPhase, ResourceKey), int>(tasks.Count);
        foreach (var task in tasks)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, (task.Phase, task.Key), out _)++;
        }
        var duplicated = new Dictionary<(SyncPhase, ResourceKey), List<SyncTask>>();
        var order = new List<List<SyncTask>>();
        foreach (var task in tasks.Where(t => counts[(t.Phase, t.Key)] > 1))
        {
            if (!duplicated.TryGetValue((task.Phase, task.Key), out var same))
            {
                // In the order each duplicated task first appears, as grouping by Id did.
                duplicated[(task.Phase, task.Key)] = same = [];
                order.Add(same);
            }
            same.Add(task);
        }
        foreach (var all in order)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateObject,
                $"{all[0].Object} in phase {all[0].Phase} is defined {all.Count} times (also at {string.Join(", ", all.Skip(1).Select(t => t.Source))}); " +
                "hooks sharing a generateName need different generateName prefixes.", all[0].Source));
        }
    }

    // D-8: objects that cannot pass a server-side dry-run yet, because this sync creates what they need.
    private static List<SyncTask> MarkDryRunSkips(List<SyncTask> sorted)
    {
        var createdNamespaces = sorted.Where(t => t.Object.Kind == "Namespace" && t.Object.Group.Length == 0)
            .Select(t => t.Object.Name).ToHashSet(StringComparer.Ordinal);
        var createdKinds = sorted.Where(t => CustomResourceDefinitions.IsCrd(t.Object))
            .Select(t => CustomResourceDefinitions.ServedKind(t.Object)).OfType<GroupKind>().ToHashSet();
        return sorted.Select(t =>
            createdKinds.Contains(new GroupKind(t.Object.Group, t.Object.Kind))
            || (t.Object.Namespace.Length > 0 && createdNamespaces.Contains(t.Object.Namespace))
                ? t with { SkipDryRun = true }
                : t).ToList();
    }
}
