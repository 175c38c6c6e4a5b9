using MineralGraph.Domain.Curation;

namespace MineralGraph.Server.Feeds;

/// <summary>
/// The explorer's address for what a change touched, in the form explorer/src/permalink.js reads: the entities drawn
/// (<c>focus</c>) and the one shown in the side panel (<c>sel</c>), slashes and commas left readable.
/// </summary>
public static class ExplorerPermalink
{
    /// <summary>A relation's change focuses its two ends and selects the relation; an entity's focuses and selects the entity.</summary>
    public static string Of(Change change)
    {
        var targets = change.Targets;
        var relation = targets.FirstOrDefault(t => t.StartsWith("rel/", StringComparison.Ordinal));
        if (relation is not null)
        {
            var ends = targets.Where(t => t != relation).ToList();
            return Address(ends.Count > 0 ? ends : [relation], relation);
        }
        // A merge lists the survivor first; the merged id no longer opens anything.
        var entity = targets.Count > 0 ? targets[0] : null;
        return entity is null ? "/" : Address([entity], entity);
    }

    public static string Address(IReadOnlyList<string> focus, string selected) =>
        $"/?focus={string.Join(',', focus.Select(Escape))}&sel={Escape(selected)}";

    static string Escape(string id) => Uri.EscapeDataString(id).Replace("%2F", "/", StringComparison.Ordinal);
}
