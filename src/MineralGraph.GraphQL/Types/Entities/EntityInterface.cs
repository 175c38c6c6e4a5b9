using GraphQL.Types;
using MineralGraph.Domain.Model;

namespace MineralGraph.GraphQL.Types.Entities;

public sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "Anything the graph names: a government, an official, an agency, a company, a mineral, a project, " +
                      "an agreement, an event, a measure or a source. Use an inline fragment (`... on Official { country { name } }`) " +
                      "for the fields of one kind.";
        EntityFieldSet.Declare(this);
    }
}

/// <summary>An entity type of one kind: the common fields, then its own.</summary>
public abstract class EntityGraphType : ObjectGraphType<Entity>
{
    protected EntityGraphType(EntityKind kind, string description)
    {
        Name = kind.ToString();
        Description = description;
        Interface<EntityInterface>();
        IsTypeOf = value => value is Entity e && e.Kind == kind;
        EntityFieldSet.AddCommon(this);
    }
}
