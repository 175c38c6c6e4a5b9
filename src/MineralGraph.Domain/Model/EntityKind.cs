namespace MineralGraph.Domain.Model;

/// <summary>What an entity is. The id prefix (<c>official/…</c>) is the kind's <see cref="EntityKinds.Prefix"/>.</summary>
public enum EntityKind
{
    Government,
    Official,
    Agency,
    Company,
    Mineral,
    Project,
    Agreement,
    Event,
    Measure,
    Source,
}

public static class EntityKinds
{
    public static readonly IReadOnlyList<EntityKind> All = Enum.GetValues<EntityKind>();

    public static string Prefix(this EntityKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The kind with its indefinite article, for messages: "an official", "a government".</summary>
    public static string WithArticle(this EntityKind kind) =>
        (kind.Prefix()[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + kind.Prefix();

    public static bool TryParsePrefix(string prefix, out EntityKind kind)
    {
        foreach (var k in All)
        {
            if (k.Prefix() == prefix) { kind = k; return true; }
        }
        kind = default;
        return false;
    }

    /// <summary>The kind named by an id such as <c>official/claudia-sheinbaum</c>, or null when the id is malformed.</summary>
    public static EntityKind? OfId(string id)
    {
        var slash = id.IndexOf('/');
        if (slash <= 0) return null;
        return TryParsePrefix(id[..slash], out var kind) ? kind : null;
    }
}
