using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;

namespace MineralGraph.Bench.Store;

/// <summary>The graphs benchmarked: the real graph-seed, and a generated one at the scale the store must reach.</summary>
public static class BenchGraphs
{
    public static SeedGraph RealSeed()
    {
        var dir = SeedLoader.Locate(Environment.GetEnvironmentVariable("MINERALGRAPH_SEED"));
        return SeedLoader.LoadValid(dir);
    }

    /// <summary>
    /// A deterministic synthetic graph: governments, companies based in them, minerals in groups, alliances,
    /// restricting measures, and random ties between the rest, so every operation has real work to do.
    /// </summary>
    public static SeedGraph Synthetic(int entityCount, int relationCount, int seed = 42)
    {
        var random = new Random(seed);
        var source = new Entity { Id = "source/synthetic", Kind = EntityKind.Source, Name = "Synthetic source", Origin = "external" };
        var evidence = new[] { new Evidence(source.Id, "synthetic") { Source = source } };
        var entities = new List<Entity> { source };
        var relations = new List<Relation>();
        string Word() => string.Concat(Enumerable.Range(0, random.Next(4, 10)).Select(_ => (char)('a' + random.Next(26))));
        Entity Add(EntityKind kind, int i)
        {
            var name = $"{char.ToUpperInvariant(Word()[0])}{Word()} {Word()}";
            var e = new Entity { Id = $"{kind.Prefix()}/{kind.Prefix()}-{i}", Kind = kind, Name = name, Aliases = [Word().ToUpperInvariant()] };
            entities.Add(e);
            return e;
        }
        void Tie(RelationKind kind, Entity from, Entity to) => relations.Add(new Relation
        {
            Id = $"rel/r-{relations.Count}", Kind = kind, From = from.Id, To = to.Id, Evidence = evidence,
            Since = random.Next(4) == 0 ? new MineralGraph.Domain.Time.PartialDate(2000 + random.Next(26)) : null,
        });

        var governments = Enumerable.Range(0, 200).Select(i => Add(EntityKind.Government, i)).ToList();
        var restrictor = governments[0];
        var minerals = Enumerable.Range(0, 500).Select(i => Add(EntityKind.Mineral, i)).ToList();
        var alliances = Enumerable.Range(0, 300).Select(i => Add(EntityKind.Agreement, i)).ToList();
        var measures = Enumerable.Range(0, 100).Select(i => Add(EntityKind.Measure, i)).ToList();
        var rest = entityCount - entities.Count;
        var companies = Enumerable.Range(0, rest / 2).Select(i => Add(EntityKind.Company, i)).ToList();
        var officials = Enumerable.Range(0, rest - rest / 2).Select(i => Add(EntityKind.Official, i)).ToList();
        T Pick<T>(List<T> list) => list[random.Next(list.Count)];

        for (var i = 50; i < minerals.Count; i++) Tie(RelationKind.PartOf, minerals[i], minerals[random.Next(50)]);
        foreach (var m in measures)
        {
            Tie(RelationKind.ImposedBy, m, restrictor);
            Tie(RelationKind.Restricts, m, Pick(minerals));
        }
        foreach (var c in companies) Tie(RelationKind.BasedIn, c, Pick(governments));
        foreach (var g in governments)
        {
            for (var k = 0; k < 5; k++) Tie(RelationKind.MemberOf, g, Pick(alliances));
        }
        var capacityKinds = new[] { RelationKind.Produces, RelationKind.Processes, RelationKind.Refines, RelationKind.HoldsReserves };
        while (relations.Count < relationCount)
        {
            switch (random.Next(4))
            {
                case 0: Tie(Pick(capacityKinds.ToList()), random.Next(10) == 0 ? Pick(governments) : Pick(companies), Pick(minerals)); break;
                case 1: Tie(RelationKind.HoldsPosition, Pick(officials), random.Next(2) == 0 ? Pick(governments) : Pick(companies)); break;
                case 2: Tie(RelationKind.Owns, Pick(companies), Pick(companies)); break;
                default: Tie(RelationKind.MemberOf, Pick(companies), Pick(alliances)); break;
            }
        }
        return new SeedGraph(entities, relations);
    }
}
