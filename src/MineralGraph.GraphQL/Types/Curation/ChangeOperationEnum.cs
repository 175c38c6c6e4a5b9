using GraphQL.Types;
using MineralGraph.Domain.Curation;

namespace MineralGraph.GraphQL.Types.Curation;

public sealed class ChangeOperationEnum : EnumerationGraphType
{
    public ChangeOperationEnum()
    {
        Name = "ChangeOperation";
        Description = "What kind of change a curator made (`Change.operation` names it in camelCase: assertRelation).";
        Add("ADD_SOURCE", ChangeOperation.AddSource, "A document was added.");
        Add("CREATE_ENTITY", ChangeOperation.CreateEntity, "An entity was created.");
        Add("UPDATE_ENTITY", ChangeOperation.UpdateEntity, "An entity's fields were changed.");
        Add("MERGE_ENTITIES", ChangeOperation.MergeEntities, "One entity was merged into another.");
        Add("ASSERT_RELATION", ChangeOperation.AssertRelation, "A new tie (or a denied claim), with its evidence.");
        Add("RETRACT_RELATION", ChangeOperation.RetractRelation, "A tie was withdrawn.");
    }
}
