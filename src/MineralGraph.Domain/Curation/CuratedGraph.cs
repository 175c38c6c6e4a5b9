using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Text;

namespace MineralGraph.Domain.Curation;

/// <summary>A checked change and its history record, not yet applied (or, when <see cref="IsRepeat"/>, applied before under the same idempotency key).</summary>
public sealed record PreparedChange(CurationCommand Command, string CommandJson, CurationPlan? Plan, Change Change, bool IsRepeat);

/// <summary>
/// The graph as curated: graph-seed plus every applied change, held in memory for the embedded store (which
/// builds its read indexes from <see cref="ToSeedGraph"/>). Not thread-safe: the store applies one change at a time.
/// A change either applies whole or, refused, leaves everything as it was.
/// </summary>
public sealed class CuratedGraph : ICurationLookup
{
    readonly Dictionary<string, Entity> entities;
    readonly Dictionary<string, Relation> relations;
    readonly Dictionary<string, string> mergedInto;
    readonly Dictionary<string, string> sourceTexts = new(StringComparer.Ordinal);
    /// <summary>Held texts as served: graph-seed's, then those given with addSource.</summary>
    readonly Dictionary<string, SourceText> texts;
    /// <summary>Full texts given with addSource, as written: exported beside the graph.</summary>
    readonly Dictionary<string, string> addedTexts = new(StringComparer.Ordinal);
    /// <summary>Keys are each curator's own: (curator, key), so one curator can neither replay nor take another's.</summary>
    readonly Dictionary<(string Actor, string Key), (string Command, Change Change)> byIdempotencyKey = [];
    readonly List<Change> history = [];

    public CuratedGraph(SeedGraph seed, string? seedDirectory = null)
    {
        entities = seed.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        relations = seed.Relations.ToDictionary(r => r.Id, StringComparer.Ordinal);
        mergedInto = new Dictionary<string, string>(seed.MergedInto, StringComparer.Ordinal);
        texts = new Dictionary<string, SourceText>(seed.Texts, StringComparer.Ordinal);
        if (seedDirectory is null) return;
        foreach (var source in seed.Entities.Where(e => e.File is not null))
        {
            if (HeldText.Normalised(seedDirectory, source.File!) is { } text) sourceTexts[source.Id] = text;
        }
    }

    public IReadOnlyList<Change> History => history;

    public long LastSequence => history.Count == 0 ? 0 : history[^1].Sequence;

    public Entity? Entity(string id) => entities.GetValueOrDefault(Resolve(id));

    public Relation? Relation(string id) => relations.GetValueOrDefault(id);

    public string? NormalisedSourceText(string sourceId) => sourceTexts.GetValueOrDefault(Resolve(sourceId));

    public IReadOnlyList<string> RelationsBetween(string entityId, string otherId) =>
        relations.Values.Where(r => (r.From == entityId && r.To == otherId) || (r.From == otherId && r.To == entityId))
            .Select(r => r.Id).Order(StringComparer.Ordinal).ToList();

    /// <summary>The id an old id now stands for after merges (itself when never merged).</summary>
    public string Resolve(string id)
    {
        for (var hops = 0; hops < 32 && mergedInto.TryGetValue(id, out var next); hops++) id = next;
        return id;
    }

    /// <summary>
    /// Checks and applies a change. With an idempotency key this curator used before (for the same request), returns
    /// the change recorded then and applies nothing; the same key on a different request is refused. Another
    /// curator's keys are not seen.
    /// </summary>
    public Change Apply(CurationCommand command, string actor, DateTimeOffset at, long? sequence = null)
    {
        var prepared = Prepare(command, actor, at, sequence);
        if (!prepared.IsRepeat) Commit(prepared);
        return prepared.Change;
    }

    /// <summary>
    /// Checks a change and works out its history record without applying it, so a store can make it durable
    /// first and <see cref="Commit"/> it after. Throws <see cref="CurationRejectedException"/> when refused.
    /// </summary>
    public PreparedChange Prepare(CurationCommand command, string actor, DateTimeOffset at, long? sequence = null)
    {
        var commandJson = GraphJson.Write(command);
        if (command.IdempotencyKey is { } key && byIdempotencyKey.TryGetValue((actor, key), out var earlier))
        {
            return earlier.Command == commandJson
                ? new PreparedChange(command, commandJson, null, earlier.Change, IsRepeat: true)
                : throw new CurationRejectedException([new("idempotencyKey", "was already used for a different request")]);
        }
        var plan = CurationRules.Plan(command, this, actor, at);
        var change = plan.ToChange(sequence ?? LastSequence + 1, at, actor);
        return new PreparedChange(command, commandJson, plan, change, IsRepeat: false);
    }

    /// <summary>Applies a change from <see cref="Prepare"/>; nothing else may have been applied in between.</summary>
    public void Commit(PreparedChange prepared)
    {
        if (prepared.IsRepeat || prepared.Plan is null) return;
        if (prepared.Change.Sequence <= LastSequence) throw new InvalidOperationException("a change was applied after this one was prepared");
        Write(prepared.Plan);
        history.Add(prepared.Change);
        if (prepared.Command.IdempotencyKey is { } k) byIdempotencyKey[(prepared.Change.Actor, k)] = (prepared.CommandJson, prepared.Change);
    }

    public IReadOnlyList<Change> HistoryOf(string id)
    {
        var resolved = Resolve(id);
        return history.Where(c => c.Targets.Contains(id) || c.Targets.Contains(resolved)).ToList();
    }

    public SeedGraph ToSeedGraph() =>
        new(entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(), relations.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList())
        {
            MergedInto = new Dictionary<string, string>(mergedInto.Select(p => KeyValuePair.Create(p.Key, Resolve(p.Value))), StringComparer.Ordinal),
            Texts = new Dictionary<string, SourceText>(texts, StringComparer.Ordinal),
        };

    /// <summary>
    /// The documents to write beside an export: each source's file from the seed folder, and the full text of each
    /// curated source (as documents/curated/&lt;slug&gt;.txt, which the exported source then names).
    /// </summary>
    public (SeedGraph Graph, IReadOnlyDictionary<string, (string File, string Text)> Documents) ForExport(string seedDirectory)
    {
        var documents = new Dictionary<string, (string File, string Text)>(StringComparer.Ordinal);
        var graph = ToSeedGraph();
        var entities = graph.Entities.Select(e =>
        {
            if (addedTexts.TryGetValue(e.Id, out var text))
            {
                var file = $"documents/curated/{e.Id[(e.Id.IndexOf('/') + 1)..]}.txt";
                documents[e.Id] = (file, text);
                return e with { File = file };
            }
            if (e.File is { } seedFile && File.Exists(Path.Combine(seedDirectory, seedFile)))
                documents[e.Id] = (seedFile, File.ReadAllText(Path.Combine(seedDirectory, seedFile)));
            return e;
        }).ToList();
        return (graph with { Entities = entities }, documents);
    }

    void Write(CurationPlan plan)
    {
        if (plan.SourceText is { } text && plan.EntityAfter is { } source)
        {
            sourceTexts[source.Id] = QuoteText.Normalise(text);
            addedTexts[source.Id] = text;
            texts[source.Id] = new SourceText(HeldTextKind.Document, text);
        }
        if (plan.EntityAfter is { } entity) entities[entity.Id] = entity;
        if (plan.RelationAfter is { } relation) AddRelation(relation);
        if (plan.MergedId is { } merged && plan.EntityAfter is { } survivor) Merge(merged, survivor.Id);
    }

    void AddRelation(Relation relation)
    {
        relations[relation.Id] = relation;
        // Disputes are symmetric, as in the seed.
        foreach (var other in relation.DisputedBy)
        {
            if (relations.TryGetValue(other, out var o) && !o.DisputedBy.Contains(relation.Id))
                relations[other] = o with { DisputedBy = [.. o.DisputedBy, relation.Id] };
        }
    }

    void Merge(string mergedId, string survivorId)
    {
        entities.Remove(mergedId);
        mergedInto[mergedId] = survivorId;
        foreach (var relation in relations.Values.Where(r => r.From == mergedId || r.To == mergedId).ToList())
        {
            relations[relation.Id] = relation with
            {
                From = relation.From == mergedId ? survivorId : relation.From,
                To = relation.To == mergedId ? survivorId : relation.To,
            };
        }
    }
}
