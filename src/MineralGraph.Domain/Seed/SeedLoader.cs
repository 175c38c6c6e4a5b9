using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;

namespace MineralGraph.Domain.Seed;

/// <summary>
/// Reads a graph-seed folder (sources.yaml, entities/*.yaml, relations/*.yaml, documents/, passages/) and validates it.
/// Every problem is reported with file, line and field; a graph is only returned when there are none.
/// </summary>
public static class SeedLoader
{
    public const string SourcesFile = "sources.yaml";
    public const string EntitiesFolder = "entities";
    public const string RelationsFolder = "relations";

    public static SeedLoadResult Load(string directory)
    {
        var errors = new List<SeedError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new SeedError(directory, 0, "(folder)", "the seed folder does not exist"));
            return new SeedLoadResult(null, errors);
        }

        var entityRecords = new List<YamlRecord>();
        var sourcesPath = Path.Combine(directory, SourcesFile);
        if (File.Exists(sourcesPath)) entityRecords.AddRange(YamlRecords.Read(sourcesPath, SourcesFile, errors));
        else errors.Add(new SeedError(SourcesFile, 0, "(file)", "sources.yaml is missing: every evidence must name a source listed there"));
        foreach (var (path, name) in YamlFiles(directory, EntitiesFolder)) entityRecords.AddRange(YamlRecords.Read(path, name, errors));
        // Streamed: each relation file's YAML tree is dropped once its relations are read.
        var relationRecords = YamlFiles(directory, RelationsFolder).SelectMany(f => YamlRecords.Read(f.Path, f.Name, errors));

        var entities = new EntityReading(directory, errors).ReadAll(entityRecords);
        var relations = new RelationReading(entities, errors).ReadAll(relationRecords);

        var graph = new SeedGraph(entities.Values.Select(e => e.Entity).ToList(), relations)
        {
            MergedInto = MergedIds(entities, errors),
            Texts = entities.Values.Where(e => e.Text is not null).ToDictionary(e => e.Entity.Id, e => e.Text!, StringComparer.Ordinal),
        };
        return errors.Count > 0
            ? new SeedLoadResult(null, Sorted(errors)) { Readable = graph }
            : new SeedLoadResult(graph, []) { Readable = graph };
    }

    /// <summary>Loads and throws <see cref="InvalidSeedException"/> when the seed has errors.</summary>
    public static SeedGraph LoadValid(string directory)
    {
        var result = Load(directory);
        return result.IsValid ? result.Graph! : throw new InvalidSeedException(result.Errors);
    }

    /// <summary>Ids of entities merged away by curation (<c>formerIds</c>): each keeps resolving to its survivor.</summary>
    static Dictionary<string, string> MergedIds(Dictionary<string, ReadEntity> entities, List<SeedError> errors)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, e) in entities)
        {
            foreach (var former in e.FormerIds)
            {
                if (entities.ContainsKey(former) || !merged.TryAdd(former, id))
                    errors.Add(new SeedError(e.File, e.Line, "formerIds", $"'{former}' is still in use as an id"));
            }
        }
        return merged;
    }

    static IEnumerable<(string Path, string Name)> YamlFiles(string directory, string folder)
    {
        var path = Path.Combine(directory, folder);
        if (!Directory.Exists(path)) return [];
        return Directory.EnumerateFiles(path)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, $"{folder}/{Path.GetFileName(f)}"));
    }

    static List<SeedError> Sorted(List<SeedError> errors) =>
        errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Field, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The first graph-seed folder (a <c>graph-seed</c> folder holding <c>sources.yaml</c>) in one of
    /// <paramref name="startFolders"/> or in a parent of one, or null. Where to look is the host's choice (its
    /// working and program folders) or the test's (its repository).
    /// </summary>
    public static string? FindUpwards(IEnumerable<string> startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "graph-seed");
                if (File.Exists(Path.Combine(candidate, SourcesFile))) return candidate;
            }
        }
        return null;
    }
}

/// <summary>An entity as read, with where it was defined and (for sources) its held text, as served and normalised.</summary>
internal sealed record ReadEntity(Entity Entity, string File, int Line, SourceText? Text, IReadOnlyList<string> FormerIds)
{
    public string? NormalisedText { get; } = Text is null ? null : QuoteText.Normalise(Text.Text);
}

internal sealed class EntityReading(string directory, List<SeedError> errors)
{
    public Dictionary<string, ReadEntity> ReadAll(List<YamlRecord> records)
    {
        var entities = new Dictionary<string, ReadEntity>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var read = Read(record);
            if (read is null) continue;
            if (entities.TryGetValue(read.Entity.Id, out var first))
            {
                errors.Add(new SeedError(record.File, record.LineOf("id"), "id", $"duplicate id '{read.Entity.Id}', first defined at {first.File}:{first.Line}"));
                continue;
            }
            entities[read.Entity.Id] = read;
        }
        foreach (var (_, e) in entities)
        {
            if (e.Entity.Country is { } country && (!entities.TryGetValue(country, out var c) || c.Entity.Kind != EntityKind.Government))
                errors.Add(new SeedError(e.File, LineOfField(records, e, "country"), "country", $"'{country}' is not a government in the seed"));
        }
        return entities;
    }

    static int LineOfField(List<YamlRecord> records, ReadEntity e, string field) =>
        records.FirstOrDefault(r => r.File == e.File && r.Line == e.Line)?.LineOf(field) ?? e.Line;

    ReadEntity? Read(YamlRecord record)
    {
        var r = new RecordReader(record, errors);
        var id = r.String("id", required: true);
        if (id is null) return null;
        if (!Ids.IsWellFormed(id))
        {
            r.Error("id", $"'{id}' is not of the form kind/slug in lower-case ASCII (e.g. official/claudia-sheinbaum)");
            return null;
        }
        if (EntityKinds.OfId(id) is not { } kind)
        {
            r.Error("id", $"'{id}' does not start with a known kind: {string.Join(", ", EntityKinds.All.Select(k => k.Prefix() + "/"))}");
            return null;
        }

        r.RejectUnknownFields(EntityFields.Common.Union(EntityFields.Optional[kind]).ToHashSet(), kind.WithArticle());
        var name = r.String("name", required: true, maxLength: 300);
        var description = r.String("description", required: kind != EntityKind.Source) ?? "";
        var aliases = r.StringList("aliases");
        var file = kind == EntityKind.Source ? r.String("file") : null;
        SourceText? text = null;
        if (file is not null)
        {
            var full = Path.GetFullPath(Path.Combine(directory, file));
            if (!full.StartsWith(Path.GetFullPath(directory), StringComparison.Ordinal) || !File.Exists(full))
                r.Error("file", $"'{file}' is not a file inside the seed folder");
            else if (HeldText.Read(directory, file, errors) is { } held)
                text = new SourceText(HeldText.KindOf(file), held);
        }
        var origin = kind == EntityKind.Source ? r.OneOf("origin", EntityFields.Origins) : null;
        if (kind == EntityKind.Source && origin is null && !record.Has("origin"))
            r.ErrorAt(record.Line, "origin", "is required for a source: seed or external");

        var entity = new Entity
        {
            Id = id,
            Kind = kind,
            Name = name ?? id,
            Aliases = aliases,
            Description = description,
            Type = EntityFields.Types.TryGetValue(kind, out var types) ? r.OneOf("type", types) : null,
            Status = r.Record.Has("status") ? r.OneOf("status", EntityFields.Statuses) : null,
            Country = r.String("country"),
            Iso = r.String("iso"),
            Symbol = r.String("symbol"),
            Place = r.String("place"),
            Date = r.Date("date"),
            Dates = r.Dates("dates"),
            Publisher = r.String("publisher"),
            Author = r.String("author"),
            Url = r.String("url"),
            File = file,
            Origin = origin,
        };
        return new ReadEntity(entity, record.File, record.Line, text, r.StringList("formerIds"));
    }
}
