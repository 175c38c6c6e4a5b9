namespace MineralGraph.Domain.Curation;

/// <summary>The kinds of curated change, as <see cref="Change.Operation"/> names them (<c>assertRelation</c>).</summary>
public enum ChangeOperation
{
    AddSource,
    CreateEntity,
    UpdateEntity,
    MergeEntities,
    AssertRelation,
    RetractRelation,
}

/// <summary>Between <see cref="ChangeOperation"/> and the operation names the stores write (the command's JSON discriminator).</summary>
public static class ChangeOperations
{
    static readonly Dictionary<string, ChangeOperation> ByName = Enum.GetValues<ChangeOperation>().ToDictionary(Name, StringComparer.Ordinal);

    /// <summary>The name stores write: the enum name with a lower-case first letter.</summary>
    public static string Name(ChangeOperation operation)
    {
        var name = operation.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static bool TryParse(string name, out ChangeOperation operation) => ByName.TryGetValue(name, out operation);

    /// <summary>The kind of a recorded change; an operation name no version of the stores wrote is a broken record.</summary>
    public static ChangeOperation Of(Change change) =>
        TryParse(change.Operation, out var operation) ? operation : throw new InvalidOperationException($"change {change.Sequence} has an unknown operation '{change.Operation}'");
}
