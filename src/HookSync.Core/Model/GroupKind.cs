namespace HookSync.Core.Model;

/// <summary>An API group and kind, without version.</summary>
public readonly record struct GroupKind(string Group, string Kind)
{
    public override string ToString() => Group.Length == 0 ? Kind : $"{Kind}.{Group}";
}
