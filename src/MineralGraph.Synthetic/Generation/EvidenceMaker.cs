using MineralGraph.Domain.Model;

namespace MineralGraph.Synthetic.Generation;

/// <summary>
/// One or two evidence items per relation, citing synthetic sources with a quote that says the tie in words.
/// A document is about something: each (kind, wording, target) has up to four citing documents, the first the
/// likeliest, so the same evidence item (source, quote, locator) backs many relations and is shared by them —
/// a million relations do not mean a million evidence objects or quote strings.
/// </summary>
internal sealed class EvidenceMaker(Pcg32 random, EntityPools pools)
{
    const int DocumentsPerTopic = 4;
    static readonly string[][] Wordings = RelationKinds.All.Select(Wording).ToArray();
    static readonly string[] Locators = Enumerable.Range(1, 40).Select(i => $"paragraph {i}").Concat(Enumerable.Range(1, 20).Select(i => $"page {i}")).ToArray();

    readonly IReadOnlyList<int> sources = pools.Of(EntityKind.Source);
    readonly Dictionary<long, Evidence[]> items = [];
    readonly Dictionary<long, string> quotes = [];

    /// <summary>The evidence of a new relation; <paramref name="avoid"/> names evidence whose source must not be cited (a disputing claim comes from another document).</summary>
    public IReadOnlyList<Evidence> For(RelationKind kind, int to, Evidence? avoid = null)
    {
        var first = Item(kind, to, avoid);
        if (!random.Chance(0.3)) return first;
        var second = Item(kind, to, avoid);
        return second[0].SourceId == first[0].SourceId ? first : [first[0], second[0]];
    }

    /// <summary>A shared one-item array, so a one-item evidence list costs nothing per relation.</summary>
    Evidence[] Item(RelationKind kind, int to, Evidence? avoid)
    {
        var wording = random.Next(Wordings[(int)kind].Length);
        for (var attempt = 0; attempt < 2 * DocumentsPerTopic; attempt++)
        {
            var document = random.Skewed(DocumentsPerTopic, 2.0);
            var key = PackedKey.Of(((((ulong)kind * 4 + (ulong)wording) * DocumentsPerTopic + (ulong)document) << 32) | (uint)to);
            if (!items.TryGetValue(key, out var item))
            {
                var source = pools.All[sources[random.Skewed(sources.Count, 2.0)]];
                item = [new Evidence(source.Id, Quote(kind, wording, to), random.Chance(0.35) ? random.Pick(Locators) : null) { Source = source }];
                items[key] = item;
            }
            if (avoid is null || item[0].SourceId != avoid.SourceId) return item;
        }
        var other = pools.All[sources.First(s => pools.All[s].Id != avoid!.SourceId)];
        return [new Evidence(other.Id, Quote(kind, wording, to)) { Source = other }];
    }

    string Quote(RelationKind kind, int wording, int to)
    {
        var key = PackedKey.Of(((ulong)kind * 4 + (ulong)wording) << 32 | (uint)to);
        if (quotes.TryGetValue(key, out var quote)) return quote;
        quote = string.Format(Wordings[(int)kind][wording], pools.All[to].Name);
        quotes[key] = quote;
        return quote;
    }

    static string[] Wording(RelationKind kind) => kind switch
    {
        RelationKind.HoldsPosition => ["serves as a senior official at {0}.", "was appointed to a leadership role at {0}."],
        RelationKind.MemberOf => ["is a member of the {0}.", "joined the {0}."],
        RelationKind.Announced => ["announced the {0}.", "unveiled the {0}."],
        RelationKind.TookPartIn => ["took part in the {0}.", "attended the {0}."],
        RelationKind.Covers => ["covers {0}.", "includes provisions on {0}."],
        RelationKind.Produces => ["produces {0}.", "is a producer of {0}."],
        RelationKind.Processes => ["processes {0}.", "operates processing capacity for {0}."],
        RelationKind.Refines => ["refines {0}.", "operates refining capacity for {0}."],
        RelationKind.HoldsReserves => ["holds reserves of {0}.", "has significant deposits of {0}."],
        RelationKind.Restricts => ["restricts exports of {0}.", "requires export licences for {0}."],
        RelationKind.ImposedBy => ["was imposed by {0}.", "was issued by {0}."],
        RelationKind.Operates => ["operates the {0}.", "runs day-to-day operations at the {0}."],
        RelationKind.Owns => ["owns {0}.", "holds a stake in {0}."],
        RelationKind.Funds => ["provides funding to {0}.", "financed {0}."],
        RelationKind.ModelledOn => ["is modelled on the {0}.", "follows the example of the {0}."],
        RelationKind.Succeeds => ["replaced the {0}.", "succeeds the {0}."],
        RelationKind.PartOf => ["is part of {0}.", "forms part of {0}."],
        RelationKind.BasedIn => ["is based in {0}.", "is headquartered in {0}."],
        RelationKind.RespondsTo => ["responds to the {0}.", "was a response to the {0}."],
        RelationKind.StatesPosition => ["has stated its position on the {0}.", "set out its view of the {0}."],
        RelationKind.Affects => ["affects {0}.", "has hit {0}."],
        RelationKind.AssociatedWith => ["is linked to the {0}.", "is associated with the {0}."],
        RelationKind.Dominates => ["dominates the supply chain of {0}.", "controls most of the market for {0}."],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
