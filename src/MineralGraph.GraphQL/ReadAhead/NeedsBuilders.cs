using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;

namespace MineralGraph.GraphQL.ReadAhead;

// Mutable counterparts of the domain's needs, filled while a selection set is walked: a field selected twice (in
// two fragments, say) adds to the same builder, and two `relations(…)` asking for the same page share one.

/// <summary>Builds an <see cref="EntityNeeds"/>.</summary>
sealed class EntityNeedsBuilder(NeedsBudget budget)
{
    readonly List<PageNeedsBuilder> pages = [];
    EntityNeedsBuilder? country;

    /// <summary>The page for <paramref name="query"/> (one per distinct query); null once the budget is spent.</summary>
    public PageNeedsBuilder? Page(RelationListQuery query)
    {
        foreach (var page in pages)
        {
            if (RelationListQueryComparer.Instance.Equals(page.Query, query)) return page;
        }
        if (!budget.Take()) return null;
        var added = new PageNeedsBuilder(query, budget);
        pages.Add(added);
        return added;
    }

    public EntityNeedsBuilder? Country() => country ??= budget.Take() ? new(budget) : null;

    public EntityNeeds Build()
    {
        var built = new EntityNeeds { Pages = [.. pages.Select(p => p.Build())], Country = country?.Build() };
        return built.IsEmpty ? EntityNeeds.Nothing : built;
    }
}

/// <summary>Builds a <see cref="PageNeeds"/>.</summary>
sealed class PageNeedsBuilder(RelationListQuery query, NeedsBudget budget)
{
    EntityNeedsBuilder? other;

    public RelationListQuery Query { get; } = query;

    public RelationNeedsBuilder Items { get; } = new(budget);

    public EntityNeedsBuilder? Other() => other ??= budget.Take() ? new(budget) : null;

    public PageNeeds Build() => new(Query, Items.Build(), other?.Build());
}

/// <summary>Builds a <see cref="RelationNeeds"/>.</summary>
sealed class RelationNeedsBuilder(NeedsBudget budget)
{
    EntityNeedsBuilder? from, to, sources;
    RelationNeedsBuilder? disputedBy;

    public EntityNeedsBuilder? From() => from ??= budget.Take() ? new(budget) : null;

    public EntityNeedsBuilder? To() => to ??= budget.Take() ? new(budget) : null;

    public EntityNeedsBuilder? Sources() => sources ??= budget.Take() ? new(budget) : null;

    public RelationNeedsBuilder? DisputedBy() => disputedBy ??= budget.Take() ? new(budget) : null;

    public RelationNeeds Build()
    {
        // The sources come with their evidence: only what lies below them needs reading.
        var below = sources?.Build();
        var built = new RelationNeeds { From = from?.Build(), To = to?.Build(), DisputedBy = disputedBy?.Build(), Sources = below is { IsEmpty: false } ? below : null };
        return built.IsEmpty ? RelationNeeds.Nothing : built;
    }
}

/// <summary>
/// How many positions one root field reads ahead at most. A selection can spread fragments into a tree far larger
/// than any real question (the cost limit bounds the work, not the statement's size); past the budget the fields
/// below are read by their own loaders, as before, and the answer is the same.
/// </summary>
sealed class NeedsBudget(int positions)
{
    int left = positions;

    public bool Take() => left-- > 0;
}
