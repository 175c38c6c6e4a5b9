using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Curation;

/// <summary>What the curation rules need to know about the graph as it stands. Merged ids resolve to their survivor.</summary>
public interface ICurationLookup
{
    Entity? Entity(string id);
    Relation? Relation(string id);
    /// <summary>The source's text normalised with <see cref="Text.QuoteText.Normalise"/>, or null when the text is not held.</summary>
    string? NormalisedSourceText(string sourceId);
    /// <summary>The ids of the relations, retracted ones too, that tie these two entities (by their own ids), either way.</summary>
    IReadOnlyList<string> RelationsBetween(string entityId, string otherId);
}
