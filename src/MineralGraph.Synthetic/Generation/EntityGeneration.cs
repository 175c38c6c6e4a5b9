using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Synthetic.Anchors;
using MineralGraph.Synthetic.Naming;

namespace MineralGraph.Synthetic.Generation;

/// <summary>
/// Makes the entities: the real skeleton's first, then the extra minerals, then generated ones of every kind up to
/// <see cref="EntityPlan"/>'s counts. Generated ids are <c>kind/k-000123</c>, numbered per kind.
/// </summary>
internal sealed class EntityGeneration
{
    readonly Pcg32 random;
    readonly NameMaker names;
    readonly DateMaker dates;
    readonly EntityPools pools;
    readonly Dictionary<EntityKind, int> targets;
    readonly string idFormat;
    readonly Dictionary<string, string> shared = new(StringComparer.Ordinal);
    int[] countryWeights = [];

    public EntityGeneration(Pcg32 random, int total)
    {
        this.random = random;
        names = new NameMaker(random);
        dates = new DateMaker(random);
        pools = new EntityPools(total);
        var skeleton = RealSkeleton.Instance;
        var realCounts = skeleton.Entities.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        var minerals = realCounts.GetValueOrDefault(EntityKind.Mineral) + ExtraMinerals.All.Count(m => skeleton.Entities.All(e => e.Id != "mineral/" + m.Slug));
        targets = EntityPlan.Counts(total, realCounts, minerals);
        idFormat = "D" + Math.Max(6, total.ToString().Length);
    }

    public EntityPools Run()
    {
        foreach (var entity in RealSkeleton.Instance.Entities) pools.Add(entity);
        AddExtraMinerals();
        pools.MoveToFront(EntityKind.Mineral, HubMinerals.Where(pools.Positions.ContainsKey).Select(pools.PositionOf).ToList());
        Fill(EntityKind.Government, Government);
        pools.MoveToFront(EntityKind.Government, HubGovernments.Where(pools.Positions.ContainsKey).Select(pools.PositionOf));
        countryWeights = [.. pools.Of(EntityKind.Government).Where(g => pools.All[g].Type != "union")];
        Fill(EntityKind.Agreement, Agreement);
        var generatedBlocs = pools.Of(EntityKind.Agreement).Where(a => pools.All[a].Type is "bloc" or "alliance" && pools.All[a].Id.StartsWith("agreement/a-", StringComparison.Ordinal));
        pools.MoveToFront(EntityKind.Agreement, HubAgreements.Where(pools.Positions.ContainsKey).Select(pools.PositionOf).Concat(generatedBlocs).ToList());
        Fill(EntityKind.Measure, Measure);
        Fill(EntityKind.Event, Event);
        Fill(EntityKind.Agency, Agency);
        Fill(EntityKind.Official, Official);
        Fill(EntityKind.Project, Project);
        Fill(EntityKind.Company, Company);
        Fill(EntityKind.Source, Source);
        return pools;
    }

    /// <summary>The biggest holders of companies, projects and measures, in order.</summary>
    static readonly string[] HubGovernments = ["government/china", "government/united-states", "government/canada", "government/australia", "government/japan"];

    /// <summary>The most-cited minerals, in order; the other minerals keep the seed's order after them.</summary>
    static readonly string[] HubMinerals =
    [
        "mineral/lithium", "mineral/rare-earth-elements", "mineral/critical-minerals", "mineral/graphite", "mineral/nickel",
        "mineral/cobalt", "mineral/rare-earth-magnets", "mineral/gallium", "mineral/germanium", "mineral/copper",
    ];

    /// <summary>The real blocs and alliances, which take the most members; generated blocs follow them.</summary>
    static readonly string[] HubAgreements =
    [
        "agreement/minerals-security-partnership", "agreement/g7", "agreement/nato", "agreement/critical-minerals-production-alliance",
        "agreement/us-canada-critical-minerals-alliance", "agreement/usmca",
    ];

    void Fill(EntityKind kind, Func<string, int, Entity> make)
    {
        var number = 0;
        var prefix = kind.Prefix() + "/" + kind.Prefix()[0] + "-";
        while (pools.Of(kind).Count < targets[kind])
        {
            number++;
            pools.Add(make(prefix + number.ToString(idFormat), number));
        }
    }

    void AddExtraMinerals()
    {
        foreach (var m in ExtraMinerals.All)
        {
            var id = "mineral/" + m.Slug;
            if (pools.Positions.ContainsKey(id)) continue;
            pools.Add(new Entity
            {
                Id = id, Kind = EntityKind.Mineral, Name = m.Name, Symbol = m.Symbol, Type = m.Type,
                Aliases = m.Symbol is { } symbol ? [symbol] : [],
                Description = Shared($"A {m.Type} counted among critical minerals."),
            });
        }
    }

    /// <summary>A country in hub order: China, the United States and the other real ones get most ties.</summary>
    int Country() => countryWeights[random.Skewed(countryWeights.Length, 2.0)];

    string CountryName(int country) => pools.All[country].Name;

    readonly HashSet<string> countryNames = new(StringComparer.Ordinal);

    Entity Government(string id, int number)
    {
        string name;
        do name = names.Country(); while (!countryNames.Add(name));
        var union = number % 50 == 0;
        return new Entity
        {
            Id = id, Kind = EntityKind.Government, Name = name, Type = union ? "union" : "country",
            Aliases = random.Chance(0.5) ? [$"Republic of {name}"] : [],
            Description = Shared(union ? "A political and economic union of states." : $"A country in the {random.Pick(Vocabulary.Regions)} region."),
        };
    }

    /// <summary>The first tenth are blocs and alliances (the membership hubs after the real ones); the rest any type.</summary>
    Entity Agreement(string id, int number)
    {
        var hubs = Math.Max(5, targets[EntityKind.Agreement] / 10);
        string type, name;
        if (number <= hubs)
        {
            type = number % 2 == 0 ? "bloc" : "alliance";
            name = $"{random.Pick(Vocabulary.Regions)} {names.Stem()} {(type == "bloc" ? "Economic Bloc" : "Critical Minerals Alliance")}";
        }
        else
        {
            var form = random.Next(Vocabulary.AgreementForms.Length);
            type = EntityFields.Types[EntityKind.Agreement][AgreementTypeOfForm[form]];
            var parties = random.Chance(0.6) ? $"{CountryName(Country())}–{CountryName(Country())}" : random.Pick(Vocabulary.Regions);
            name = string.Format(Vocabulary.AgreementForms[form], parties);
        }
        return new Entity
        {
            Id = id, Kind = EntityKind.Agreement, Name = name, Type = type,
            Aliases = random.Chance(0.4) ? [NameMaker.Initials(name)] : [],
            Status = Status(), Date = random.Chance(0.8) ? dates.Any() : null,
            Description = Shared($"{Described(type)} on critical minerals."),
        };
    }

    // Index into EntityFields.Types[Agreement] for each of Vocabulary.AgreementForms.
    static readonly int[] AgreementTypeOfForm = [1, 2, 0, 3, 4, 5, 6, 7];

    /// <summary>One in six measures is China's, as export controls are in the real world; each names one mineral.</summary>
    Entity Measure(string id, int number)
    {
        var country = random.Chance(1.0 / 6) ? pools.PositionOf("government/china") : Country();
        var mineral = MineralPick();
        var form = random.Next(Vocabulary.MeasureForms.Length);
        var type = form switch { 1 => "designation", 2 or 5 => "policy", _ => "export-control" };
        var date = dates.Any();
        var name = $"{CountryName(country)} {string.Format(Vocabulary.MeasureForms[form], "", pools.All[mineral].Name.ToLowerInvariant())} ({date.Year})";
        var position = pools.All.Count;
        pools.MeasureMineral[position] = mineral;
        return new Entity
        {
            Id = id, Kind = EntityKind.Measure, Name = name, Type = type, Status = Status(), Date = date,
            Country = pools.All[country].Id,
            Description = Shared($"{Described(type)} by {CountryName(country)}."),
        };
    }

    Entity Event(string id, int number)
    {
        var meeting = random.Chance(0.7);
        var date = dates.Any();
        var place = names.Stem() + " City";
        var words = random.Pick(meeting ? Vocabulary.MeetingWords : Vocabulary.AnnouncementWords);
        return new Entity
        {
            Id = id, Kind = EntityKind.Event, Name = $"{CountryName(Country())} {words} {date.Year}",
            Type = meeting ? "meeting" : "announcement", Date = date, Place = random.Chance(0.8) ? place : null,
            Description = Shared(meeting ? "A meeting on critical minerals." : "An announcement on critical minerals."),
        };
    }

    Entity Agency(string id, int number)
    {
        var country = Country();
        var name = random.Chance(0.7)
            ? $"{CountryName(country)} {string.Format(random.Pick(Vocabulary.AgencyForms), random.Pick(Vocabulary.Portfolios))}"
            : $"{CountryName(country)} {random.Pick(Vocabulary.StandaloneAgencies)}";
        return new Entity
        {
            Id = id, Kind = EntityKind.Agency, Name = name, Country = pools.All[country].Id,
            Aliases = random.Chance(0.3) ? [NameMaker.Initials(name)] : [],
            Description = Shared($"A public body of {CountryName(country)}."),
        };
    }

    Entity Official(string id, int number)
    {
        var country = Country();
        return new Entity
        {
            Id = id, Kind = EntityKind.Official, Name = names.Person(), Country = pools.All[country].Id,
            Description = Shared($"An official of {CountryName(country)}."),
        };
    }

    static readonly string[] ProjectTypes = ["mine", "refinery", "processing-plant", "magnet-plant", "financing-programme", "other"];

    /// <summary>Nine in ten projects have a known country; those are BASED_IN it.</summary>
    Entity Project(string id, int number)
    {
        var word = random.Next(Vocabulary.ProjectWords.Length);
        var country = random.Chance(0.9) ? Country() : (int?)null;
        return new Entity
        {
            Id = id, Kind = EntityKind.Project, Name = $"{names.Stem()} {pools.All[MineralPick()].Name} {Vocabulary.ProjectWords[word]}",
            Type = ProjectTypes[word], Status = Status(), Country = country is { } c ? pools.All[c].Id : null,
            Description = Shared(country is { } d ? $"{Described(ProjectTypes[word])} in {CountryName(d)}." : $"{Described(ProjectTypes[word])}."),
        };
    }

    Entity Company(string id, int number)
    {
        var name = $"{names.Stem()} {random.Pick(Vocabulary.CompanySectors)} {random.Pick(Vocabulary.CompanySuffixes)}";
        var country = random.Chance(0.9) ? Country() : (int?)null;
        return new Entity
        {
            Id = id, Kind = EntityKind.Company, Name = name, Country = country is { } c ? pools.All[c].Id : null,
            Aliases = random.Chance(0.3) ? [NameMaker.Initials(name)] : [],
            Description = Shared(country is { } d ? $"A minerals company based in {CountryName(d)}." : "A minerals company."),
        };
    }

    Entity Source(string id, int number)
    {
        var subjects = random.Chance(0.5) ? EntityKind.Company : random.Chance(0.5) ? EntityKind.Government : EntityKind.Agreement;
        var subject = pools.All[random.Pick(pools.Of(subjects))].Name;
        return new Entity
        {
            Id = id, Kind = EntityKind.Source, Name = string.Format(random.Pick(Vocabulary.Headlines), subject),
            Publisher = random.Pick(Vocabulary.Publishers), Author = random.Chance(0.5) ? names.Person() : null,
            Date = dates.Any(), Url = "https://example.org/" + id, Origin = "external",
            File = "documents/" + id[(id.IndexOf('/') + 1)..] + ".txt",
            Description = Shared("A synthetic document generated for scale tests."),
        };
    }

    /// <summary>An element or material in hub order (rare earth magnets, lithium, nickel… first), for what a measure or project is about.</summary>
    int MineralPick()
    {
        var minerals = pools.SpecificMinerals;
        return minerals[random.Skewed(minerals.Count, 2.0)];
    }

    /// <summary>"export-control" → "An export control"; "other" → "A project".</summary>
    static string Described(string type)
    {
        var words = type == "other" ? "project" : type.Replace('-', ' ');
        return ("aeiou".Contains(words[0]) ? "An " : "A ") + words;
    }

    string? Status() => random.NextDouble() switch
    {
        < 0.55 => "active",
        < 0.70 => "planned",
        < 0.78 => "proposal",
        < 0.84 => "under-review",
        < 0.94 => "ended",
        < 0.97 => "suspended",
        _ => null,
    };

    /// <summary>One instance per distinct text: descriptions repeat a lot.</summary>
    string Shared(string text)
    {
        if (shared.TryGetValue(text, out var existing)) return existing;
        shared[text] = text;
        return text;
    }
}
