using System.Reflection;
using System.Xml.Linq;

namespace HookSync.Architecture.Tests;

/// <summary>The dependency rules of docs/architecture.md (Projects), checked on the project files and the built assemblies.</summary>
public sealed class DependencyRulesTests
{
    private static readonly string Root = FindRoot();

    private static readonly string[] Adapters =
        ["HookSync.Manifests", "HookSync.Kubernetes", "HookSync.Git", "HookSync.CiPlatforms", "HookSync.Rendering"];

    // The outside libraries each adapter wraps; their types must not appear on any public surface.
    private static readonly string[] LibraryNamespaces = ["YamlDotNet", "k8s", "LibGit2Sharp", "Polly", "CommandLine"];

    [Fact]
    public void Core_ReferencesNoPackageAndNoProject()
    {
        var project = LoadProject("HookSync.Core");
        Assert.Empty(project.Descendants("PackageReference"));
        Assert.Empty(project.Descendants("ProjectReference"));
        Assert.Empty(project.Descendants("FrameworkReference"));
    }

    [Fact]
    public void Core_Assembly_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = typeof(Core.Planning.SyncPlanner).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" or "Microsoft.Win32.Primitives",
            $"HookSync.Core references {name}"));
    }

    [Theory]
    [InlineData("HookSync.Manifests")]
    [InlineData("HookSync.Kubernetes")]
    [InlineData("HookSync.Git")]
    [InlineData("HookSync.CiPlatforms")]
    [InlineData("HookSync.Rendering")]
    public void Adapter_ReferencesOnlyCore(string adapter)
    {
        var references = ProjectReferences(adapter);
        Assert.Equal(["HookSync.Core"], references);
    }

    [Fact]
    public void Simulator_ReferencesNoHookSyncProject()
    {
        // The simulator is a cluster, not a mock of our own code.
        Assert.Empty(ProjectReferences("HookSync.Simulator"));
    }

    [Fact]
    public void Rendering_TakesNoPackage()
    {
        // It runs outside tools as processes; the rendered text is parsed by HookSync.Manifests through a Core port.
        Assert.Empty(LoadProject("HookSync.Rendering").Descendants("PackageReference"));
    }

    [Fact]
    public void OnlyTheCli_ReferencesMoreThanOneAdapter()
    {
        var sourceProjects = Directory.GetDirectories(Path.Combine(Root, "src")).Select(Path.GetFileName).OfType<string>();
        foreach (var project in sourceProjects.Where(p => p != "HookSync.Cli"))
        {
            Assert.True(ProjectReferences(project).Count(Adapters.Contains) <= 1, $"{project} references more than one adapter");
        }
    }

    [Fact]
    public void AdapterPublicSurfaces_ExposeNoLibraryTypes()
    {
        var assemblies = new[]
        {
            typeof(Manifests.ManifestLoader).Assembly, typeof(Kubernetes.KubernetesClusterClient).Assembly,
            typeof(Git.GitWorkspaceProvider).Assembly, typeof(CiPlatforms.CiPlatformResolver).Assembly,
            typeof(Rendering.ManifestRenderer).Assembly,
        };
        var leaks = new List<string>();
        foreach (var type in assemblies.SelectMany(a => a.GetExportedTypes()))
        {
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);
            foreach (var member in members)
            {
                leaks.AddRange(SignatureTypes(member).Where(IsLibraryType).Select(t => $"{type.FullName}.{member.Name} uses {t.FullName}"));
            }
            if (type.BaseType is { } baseType && IsLibraryType(baseType))
            {
                leaks.Add($"{type.FullName} derives from {baseType.FullName}");
            }
        }
        Assert.Empty(leaks);
    }

    private static bool IsLibraryType(Type type) =>
        LibraryNamespaces.Any(ns => type.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal)));

    private static IEnumerable<Type> SignatureTypes(MemberInfo member)
    {
        IEnumerable<Type> types = member switch
        {
            MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
            ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
            PropertyInfo p => [p.PropertyType],
            FieldInfo f => [f.FieldType],
            EventInfo e when e.EventHandlerType is { } h => [h],
            _ => [],
        };
        return types.SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            foreach (var t in Expand(element))
            {
                yield return t;
            }
        }
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }
        }
    }

    private static List<string> ProjectReferences(string project) =>
        LoadProject(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static XDocument LoadProject(string project) =>
        XDocument.Load(Path.Combine(Root, "src", project, project + ".csproj"));

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
