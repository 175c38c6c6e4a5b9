using MineralGraph.Domain.Store;

namespace MineralGraph.Domain.Ranking;

/// <summary>
/// Which chains a path query considers, the same in every store. A store answers single <see cref="Search"/>es —
/// the shortest chains (fewest relations, direction ignored, at most MaxHops) over the ties that pass the query's
/// kinds/asOf filter and are not retracted, optionally only ties between actors (<see cref="Model.TieClasses"/>) and
/// optionally passing through no hub (<see cref="Hubs"/>; the two ends may be hubs), the first
/// <see cref="Candidates"/> in the order of their relation ids read from From to To — and <see cref="Run"/> decides
/// which searches count:
/// <list type="number">
/// <item>actor chains: those avoiding hubs; when there are none, those through hubs;</item>
/// <item>with <see cref="PathThrough.Actors"/> (the default) that is the answer when it found any; otherwise, or with
/// <see cref="PathThrough.Any"/>, chains over every tie are looked for the same way (hub-free first) and added.</item>
/// </list>
/// <see cref="PathRanking"/> then ranks the candidates. A hub is thus used only when no chain within MaxHops avoids it.
/// </summary>
public static class PathSearch
{
    /// <summary>Chains one search returns at most: the work on a dense graph stays bounded, and the seed never reaches it.</summary>
    public const int Candidates = 200;

    /// <summary>One search: only ties between actors or every tie; avoiding hubs or not.</summary>
    public readonly record struct Search(bool ActorsOnly, bool HubFree);

    public static readonly Search ActorsHubFree = new(true, true), ActorsThroughHubs = new(true, false),
        AnyHubFree = new(false, true), AnyThroughHubs = new(false, false);

    /// <summary>The searches in the order <see cref="Run"/> may ask for them.</summary>
    public static readonly IReadOnlyList<Search> InOrder = [ActorsHubFree, ActorsThroughHubs, AnyHubFree, AnyThroughHubs];

    /// <summary>The candidate chains, each once, asking <paramref name="find"/> only for the searches the rule needs.</summary>
    public static List<GraphPath> Run(PathThrough through, Func<Search, IReadOnlyList<GraphPath>> find)
    {
        var found = Group(find, ActorsHubFree, ActorsThroughHubs).ToList();
        if (through == PathThrough.Actors && found.Count > 0) return found;
        var seen = found.Select(Key).ToHashSet(StringComparer.Ordinal);
        found.AddRange(Group(find, AnyHubFree, AnyThroughHubs).Where(p => seen.Add(Key(p))));
        return found;
    }

    static IReadOnlyList<GraphPath> Group(Func<Search, IReadOnlyList<GraphPath>> find, Search hubFree, Search throughHubs) =>
        find(hubFree) is { Count: > 0 } avoiding ? avoiding : find(throughHubs);

    static string Key(GraphPath path) => string.Join('\n', path.Relations.Select(r => r.Id));
}
