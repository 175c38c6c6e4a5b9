using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;

namespace MineralGraph.Synthetic.Tests;

/// <summary>Every field of an entity or relation as text (its graph-seed YAML), so two graphs can be compared whole.</summary>
public static class GraphText
{
    public static string Of(Entity entity)
    {
        var w = new StringWriter();
        SeedWriter.WriteEntity(w, entity);
        return w.ToString();
    }

    public static string Of(Relation relation)
    {
        var w = new StringWriter();
        SeedWriter.WriteRelation(w, relation);
        return w.ToString();
    }

    public static string Of(SeedGraph graph)
    {
        var w = new StringWriter();
        foreach (var e in graph.Entities) SeedWriter.WriteEntity(w, e);
        foreach (var r in graph.Relations) SeedWriter.WriteRelation(w, r);
        return w.ToString();
    }
}
