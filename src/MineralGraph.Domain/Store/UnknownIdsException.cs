namespace MineralGraph.Domain.Store;

/// <summary>Ids a query named that no entity or relation has, now or in history; <see cref="Argument"/> is the argument as the API spells it.</summary>
public sealed class UnknownIdsException(string argument, IReadOnlyList<string> ids)
    : Exception($"{argument}: no entity or relation has ever had the id{(ids.Count == 1 ? "" : "s")} {string.Join(", ", ids.Select(i => $"'{i}'"))}")
{
    public string Argument { get; } = argument;
    public IReadOnlyList<string> Ids { get; } = ids;
}
