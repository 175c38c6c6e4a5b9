using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Types.Entities;
using MineralGraph.GraphQL.Types.Relations;

namespace MineralGraph.GraphQL.Types.Traversal;

public sealed class CapacityAllianceGraphType : ObjectGraphType<At<CapacityShare>>
{
    public CapacityAllianceGraphType()
    {
        Name = "CapacityAlliance";
        Description = "An alliance in which two or more member governments hold capacity for minerals the restricting government controls.";
        Field<NonNullGraphType<AgreementGraphType>>("alliance").Description("The alliance (an agreement).").Resolve(c => c.Source.Value.Alliance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapacityMemberGraphType>>>>("members").Description("The members holding capacity, each with what it holds.")
            .Resolve(c => c.Source.Value.Members.Select(m => new At<CapacityMember>(m, c.Source.On)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RestrictedMineralGraphType>>>>("minerals").Description("The restricted minerals the members hold capacity for.")
            .Resolve(c => c.Source.Value.Minerals.Select(m => new At<RestrictedMineral>(m, c.Source.On)));
    }
}

public sealed class CapacityMemberGraphType : ObjectGraphType<At<CapacityMember>>
{
    public CapacityMemberGraphType()
    {
        Name = "CapacityMember";
        Description = "A member government of the alliance and the capacity it holds.";
        Field<NonNullGraphType<GovernmentGraphType>>("government").Description("The member.").Resolve(c => c.Source.Value.Government);
        Field<NonNullGraphType<RelationGraphType>>("membership").Description("The MEMBER_OF relation that makes it a member, with evidence.")
            .Resolve(c => new At<Relation>(c.Source.Value.Membership, c.Source.On));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapacityHoldingGraphType>>>>("holdings").Description("What it holds, directly or through companies and projects based in it.")
            .Resolve(c => c.Source.Value.Holdings.Select(h => new At<CapacityHolding>(h, c.Source.On)));
    }
}

public sealed class CapacityHoldingGraphType : ObjectGraphType<At<CapacityHolding>>
{
    public CapacityHoldingGraphType()
    {
        Name = "CapacityHolding";
        Description = "A capacity a member holds: the holder (the government, or a company or project based in it), the mineral, and every link cited.";
        Field<NonNullGraphType<EntityInterface>>("holder").Description("Who holds the capacity: the government itself, or a company or project based in it.")
            .Resolve(c => c.Source.Value.Holder);
        Field<NonNullGraphType<MineralGraphType>>("mineral").Description("The mineral the capacity is for.").Resolve(c => c.Source.Value.Mineral);
        Field<NonNullGraphType<RelationGraphType>>("capacity").Description("The PRODUCES, PROCESSES, REFINES or HOLDS_RESERVES relation, with evidence.")
            .Resolve(c => new At<Relation>(c.Source.Value.Capacity, c.Source.On));
        Field<RelationGraphType>("basedIn").Description("The BASED_IN relation tying a company or project holder to the member; null when the government holds it directly.")
            .Resolve(c => c.Source.Value.BasedIn is { } r ? new At<Relation>(r, c.Source.On) : null);
        Field<NonNullGraphType<MineralGraphType>>("restrictedMineral").Description("The restricted mineral this capacity counts for.")
            .Resolve(c => c.Source.Value.RestrictedMineral);
        Field<RelationGraphType>("groupLink").Description("When `mineral` and `restrictedMineral` differ, the PART_OF relation between them (dysprosium PART_OF rare earth elements).")
            .Resolve(c => c.Source.Value.GroupLink is { } r ? new At<Relation>(r, c.Source.On) : null);
    }
}

public sealed class RestrictedMineralGraphType : ObjectGraphType<At<RestrictedMineral>>
{
    public RestrictedMineralGraphType()
    {
        Name = "RestrictedMineral";
        Description = "A mineral the government restricts, with the restriction and who imposed it.";
        Field<NonNullGraphType<MineralGraphType>>("mineral").Description("The restricted mineral.").Resolve(c => c.Source.Value.Mineral);
        Field<MeasureGraphType>("measure").Description("The measure that restricts it (an export control), when the restriction is a measure.")
            .Resolve(c => c.Source.Value.Measure);
        Field<NonNullGraphType<RelationGraphType>>("restriction").Description("The RESTRICTS relation, with evidence.")
            .Resolve(c => new At<Relation>(c.Source.Value.Restriction, c.Source.On));
        Field<RelationGraphType>("imposedBy").Description("The IMPOSED_BY relation tying the measure to the government; null when the government restricts directly.")
            .Resolve(c => c.Source.Value.ImposedBy is { } r ? new At<Relation>(r, c.Source.On) : null);
    }
}
