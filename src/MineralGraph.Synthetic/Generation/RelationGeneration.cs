using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;
using MineralGraph.Synthetic.Anchors;
using MineralGraph.Synthetic.Naming;

namespace MineralGraph.Synthetic.Generation;

/// <summary>
/// Makes exactly <c>total</c> relations: the real skeleton's (with synthetic evidence), then base ties every
/// entity of a kind has (companies and projects BASED_IN their country, agencies PART_OF it, measures IMPOSED_BY
/// it and RESTRICTS or COVERS the mineral they name, officials HOLDS_POSITION, governments MEMBER_OF blocs,
/// minerals PART_OF groups), then random ones from <see cref="RelationRecipes"/>. One in a thousand random
/// relations comes with a disputing twin: the same tie dated differently by another source.
/// No generated (kind, from, to) repeats except in those twins (the real skeleton may repeat one, as graph-seed does).
/// </summary>
internal sealed class RelationGeneration
{
    const double DisputeChance = 0.001;
    const int ProgressEvery = 50_000;

    readonly Pcg32 random;
    readonly EntityPools pools;
    readonly DateMaker dates;
    readonly EvidenceMaker evidence;
    readonly int total;
    readonly IProgress<int>? progress;
    readonly List<Relation> relations;
    readonly HashSet<long> seen;
    readonly string idFormat;
    readonly double[] recipeCumulative;
    readonly double[][] endsCumulative;
    int nextNumber;

    public RelationGeneration(Pcg32 random, EntityPools pools, int total, IProgress<int>? progress)
    {
        this.random = random;
        this.pools = pools;
        this.total = total;
        this.progress = progress;
        dates = new DateMaker(random);
        evidence = new EvidenceMaker(random, pools);
        relations = new List<Relation>(total);
        seen = new HashSet<long>(total);
        idFormat = "D" + Math.Max(7, total.ToString().Length);
        recipeCumulative = Cumulative(RelationRecipes.All.Select(r => r.Weight));
        endsCumulative = RelationRecipes.All.Select(r => Cumulative(r.Ends.Select(e => e.Weight))).ToArray();
        foreach (var recipe in RelationRecipes.All)
        {
            foreach (var (from, to, _) in recipe.Ends)
            {
                if (!recipe.Kind.Allows(from, to)) throw new InvalidOperationException($"recipe {recipe.Kind.Name()} names {from} → {to}, which the domain does not allow");
            }
        }
    }

    public List<Relation> Run()
    {
        AddSkeleton();
        AddBaseTies();
        var idle = 0;
        while (relations.Count < total)
        {
            var before = relations.Count;
            AddRandom();
            idle = relations.Count > before ? 0 : idle + 1;
            // Never loop for ever on a graph too dense to hold more distinct ties.
            if (idle > 100_000) throw new InvalidOperationException($"no new distinct relation found after {relations.Count:N0}; ask for fewer relations per entity");
        }
        progress?.Report(relations.Count);
        return relations;
    }

    bool Full => relations.Count >= total;

    void AddSkeleton()
    {
        var skeleton = RealSkeleton.Instance.Relations;
        // Disputes are symmetric, as the seed loader makes them.
        var disputes = skeleton.ToDictionary(r => r.Id, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var r in skeleton)
        {
            foreach (var other in r.DisputedBy.Where(disputes.ContainsKey))
            {
                disputes[r.Id].Add(other);
                disputes[other].Add(r.Id);
            }
        }
        foreach (var r in skeleton)
        {
            if (Full) return;
            var from = pools.PositionOf(r.From);
            var to = pools.PositionOf(r.To);
            seen.Add(Key(r.Kind, from, to));
            Add(new Relation
            {
                Id = r.Id, Kind = r.Kind, From = pools.All[from].Id, To = pools.All[to].Id, Role = r.Role, Since = r.Since,
                Until = r.Until, IsCurrent = r.IsCurrent, Note = r.Note, DisputedBy = disputes[r.Id].ToArray(),
                Evidence = evidence.For(r.Kind, to),
            });
        }
    }

    void AddBaseTies()
    {
        var skeletonIds = RealSkeleton.Instance.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        bool Generated(int position) => !skeletonIds.Contains(pools.All[position].Id);

        foreach (var m in ExtraMinerals.All)
        {
            if (!pools.Positions.TryGetValue("mineral/" + m.Slug, out var mineral) || !Generated(mineral)) continue;
            foreach (var group in m.Groups) TryAdd(RelationKind.PartOf, mineral, pools.PositionOf(group));
        }
        if (pools.Positions.TryGetValue("mineral/battery-minerals", out var battery))
        {
            foreach (var member in ExtraMinerals.BatteryMembers)
                if (pools.Positions.TryGetValue(member, out var m)) TryAdd(RelationKind.PartOf, m, battery);
        }

        foreach (var agency in pools.Of(EntityKind.Agency).Where(Generated))
            if (pools.CountryOf(agency) is { } country) TryAdd(RelationKind.PartOf, agency, country);
        foreach (var kind in new[] { EntityKind.Company, EntityKind.Project })
        {
            foreach (var holder in pools.Of(kind).Where(Generated))
                if (pools.CountryOf(holder) is { } country) TryAdd(RelationKind.BasedIn, holder, country);
        }

        var agenciesByCountry = pools.ByCountry(EntityKind.Agency);
        var companiesByCountry = pools.ByCountry(EntityKind.Company);
        foreach (var measure in pools.Of(EntityKind.Measure).Where(Generated))
        {
            if (pools.CountryOf(measure) is not { } country) continue;
            TryAdd(RelationKind.ImposedBy, measure, country);
            if (random.Chance(0.3) && agenciesByCountry.TryGetValue(country, out var agencies)) TryAdd(RelationKind.ImposedBy, measure, random.Pick(agencies));
            if (pools.MeasureMineral.TryGetValue(measure, out var mineral))
                TryAdd(pools.All[measure].Type == "export-control" ? RelationKind.Restricts : RelationKind.Covers, measure, mineral);
        }

        foreach (var official in pools.Of(EntityKind.Official).Where(Generated))
        {
            if (pools.CountryOf(official) is not { } country) continue;
            var roll = random.NextDouble();
            var place = roll < 0.4 ? country
                : roll < 0.8 && agenciesByCountry.TryGetValue(country, out var agencies) ? random.Pick(agencies)
                : companiesByCountry.TryGetValue(country, out var companies) ? random.Pick(companies)
                : country;
            TryAdd(RelationKind.HoldsPosition, official, place, random.Pick(Vocabulary.Positions));
        }

        // Governments join a few agreements each, blocs first: the membership hubs the capacity question walks.
        var agreements = pools.Of(EntityKind.Agreement);
        foreach (var government in pools.Of(EntityKind.Government))
        {
            var count = Generated(government) ? random.Between(2, 10) : random.Between(1, 5);
            for (var i = 0; i < count; i++) TryAdd(RelationKind.MemberOf, government, agreements[random.Skewed(agreements.Count, 3.0)]);
        }
    }

    void AddRandom()
    {
        var r = Index(recipeCumulative);
        var recipe = RelationRecipes.All[r];
        var (fromKind, toKind, _) = recipe.Ends[Index(endsCumulative[r])];
        var fromPool = pools.Of(fromKind);
        var toPool = toKind == EntityKind.Mineral && recipe.SpecificMinerals && random.Chance(0.97) ? pools.SpecificMinerals : pools.Of(toKind);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var from = fromPool[random.Skewed(fromPool.Count, recipe.FromSkew)];
            var to = toPool[random.Skewed(toPool.Count, recipe.ToSkew)];
            if (from == to || !seen.Add(Key(recipe.Kind, from, to))) continue;
            var role = recipe.Roles is { } roles && random.Chance(recipe.RoleChance) ? random.Pick(roles) : null;
            if (relations.Count + 2 <= total && random.Chance(DisputeChance)) AddDisputedPair(recipe.Kind, from, to, role);
            else Add(Make(recipe.Kind, from, to, role, NextId()));
            return;
        }
        // A crowded corner of the graph: the next call draws another recipe.
    }

    void AddDisputedPair(RelationKind kind, int from, int to, string? role)
    {
        var claimId = NextId();
        var counterId = NextId();
        var claim = Make(kind, from, to, role, claimId);
        if (claim.Since is null) claim = claim with { Since = dates.Any() };
        var since = dates.Shifted(claim.Since!.Value);
        var counter = claim with
        {
            Id = counterId, Since = since, Until = claim.Until is null ? null : dates.After(since),
            DisputedBy = [claimId], Evidence = evidence.For(kind, to, avoid: claim.Evidence[0]),
        };
        if (claim.Until is { } until && until.Latest < claim.Since.Value.Earliest) claim = claim with { Until = dates.After(claim.Since) };
        Add(claim with { DisputedBy = [counterId] });
        Add(counter);
    }

    void TryAdd(RelationKind kind, int from, int to, string? role = null)
    {
        if (Full || from == to || !seen.Add(Key(kind, from, to))) return;
        Add(Make(kind, from, to, role, NextId()));
    }

    /// <summary>A new relation with dates and evidence.</summary>
    Relation Make(RelationKind kind, int from, int to, string? role, string id)
    {
        var profile = RelationRecipes.DatesOf(kind);
        PartialDate? since = random.Chance(profile.SinceChance) ? dates.Any() : null;
        PartialDate? until = random.Chance(profile.UntilChance) ? dates.After(since) : null;
        var current = !profile.HasState ? Truth.Unknown
            : until is not null ? Truth.False
            : random.NextDouble() switch { < 0.6 => Truth.True, < 0.68 => Truth.False, _ => Truth.Unknown };
        return new Relation
        {
            Id = id, Kind = kind, From = pools.All[from].Id, To = pools.All[to].Id, Role = role, Since = since, Until = until,
            IsCurrent = current, Note = random.Chance(0.01) ? random.Pick(Vocabulary.Notes) : null, Evidence = evidence.For(kind, to),
        };
    }

    void Add(Relation relation)
    {
        relations.Add(relation);
        if (relations.Count % ProgressEvery == 0) progress?.Report(relations.Count);
    }

    string NextId() => "rel/r-" + (++nextNumber).ToString(idFormat);

    /// <summary>(kind, from, to) in one number: 5 bits of kind, 22 bits per end.</summary>
    static long Key(RelationKind kind, int from, int to) => PackedKey.Of(((ulong)kind << 44) | ((ulong)from << 22) | (uint)to);

    int Index(double[] cumulative)
    {
        var x = random.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        return Math.Min(i < 0 ? ~i : i + 1, cumulative.Length - 1);
    }

    static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        return weights.Select(w => sum += w).ToArray();
    }
}
