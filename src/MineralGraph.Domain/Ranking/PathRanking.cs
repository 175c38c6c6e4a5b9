using System.Text;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Domain.Ranking;

/// <summary>
/// Ranks the candidate chains of a path query (<see cref="PathSearch"/>), the same in every store. Each step gets its
/// <see cref="TieStrength"/> on the query's day; a path is as strong as its weakest step. Order: strength (highest
/// first), then fewer hubs passed through, then fewer hops, then the relation ids read from From to To (ordinal,
/// id by id). Chains are distinct by their actors: two chains through the same sequence of non-mineral entities
/// (Mexico → lithium → the MSP and Mexico → copper → the MSP; or two parallel ties) are one chain, and only the
/// strongest is kept. The first <see cref="PathQuery.First"/> distinct chains are the answer.
/// </summary>
public static class PathRanking
{
    /// <param name="degree">How many ties the graph records of an entity (for <see cref="Hubs"/>).</param>
    public static List<GraphPath> Rank(IEnumerable<GraphPath> candidates, PathQuery query, Func<Entity, int> degree)
    {
        var day = query.JudgedOn;
        var scored = candidates.Select(p => p with { Strength = Strength(p, day, degree) }).ToList();
        scored.Sort(Compare);
        var actors = new HashSet<string>(StringComparer.Ordinal);
        var answer = new List<GraphPath>();
        foreach (var path in scored)
        {
            if (answer.Count >= query.First) break;
            if (actors.Add(ActorKey(path))) answer.Add(path);
        }
        return answer;
    }

    static PathStrength Strength(GraphPath path, DateOnly day, Func<Entity, int> degree)
    {
        var steps = path.Relations.Select((r, i) => TieStrength.Of(r, TieClasses.Of(r.Kind, path.Nodes[i].Kind, path.Nodes[i + 1].Kind), day)).ToList();
        int? weakest = null;
        for (var i = 0; i < steps.Count; i++)
        {
            if (weakest is not { } w || steps[i].Score < steps[w].Score) weakest = i;
        }
        var hubs = path.Nodes.Skip(1).SkipLast(1).Where(n => Hubs.IsHub(n, degree(n))).Select(n => n.Id).ToList();
        var through = steps.All(s => s.Tie == TieClass.Actor) ? PathThrough.Actors : PathThrough.Any;
        var score = weakest is { } at ? steps[at].Score : TieStrength.Full;
        return new PathStrength(score, weakest, through, steps, hubs, Explain(path, steps, weakest, hubs, through));
    }

    static string Explain(GraphPath path, List<TieStrength> steps, int? weakest, List<string> hubs, PathThrough through)
    {
        if (weakest is not { } w) return "Both ends are the same entity: there is nothing to cite.";
        var text = new StringBuilder();
        var relation = path.Relations[w];
        string Name(string id) => path.Nodes.First(n => n.Id == id).Name;
        text.Append($"Strength {steps[w].Score} of 100: as strong as its weakest step, step {w + 1} ({Name(relation.From)} {relation.Kind.Name()} {Name(relation.To)}): ");
        text.Append(string.Join("; ", steps[w].Reasons)).Append('.');
        text.Append(through == PathThrough.Actors
            ? " Every step is a tie between actors."
            : $" Step {string.Join(", ", steps.Select((s, i) => (s, i)).Where(x => x.s.Tie == TieClass.Topical).Select(x => x.i + 1))} only says two things share a subject (a topical tie).");
        if (hubs.Count > 0)
            text.Append($" It passes through {string.Join(", ", hubs.Select(Name))}, tied to so much that a chain through them says little; no chain of its kind within the hops allowed avoids them.");
        return text.ToString();
    }

    static int Compare(GraphPath a, GraphPath b)
    {
        var c = b.Strength!.Score.CompareTo(a.Strength!.Score);
        if (c == 0) c = a.Strength.Hubs.Count.CompareTo(b.Strength.Hubs.Count);
        if (c == 0) c = a.Hops.CompareTo(b.Hops);
        for (var i = 0; c == 0 && i < a.Hops; i++) c = string.CompareOrdinal(a.Relations[i].Id, b.Relations[i].Id);
        return c;
    }

    /// <summary>The chain's identity: its entities in order, minerals (subjects, not actors) left out.</summary>
    static string ActorKey(GraphPath path) => string.Join('\n', path.Nodes.Where(n => n.Kind != EntityKind.Mineral).Select(n => n.Id));
}
