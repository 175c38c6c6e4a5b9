using GraphQL.Types;
using MineralGraph.GraphQL.Scalars;
using MineralGraph.GraphQL.Types;
using MineralGraph.GraphQL.Types.Curation;
using MineralGraph.GraphQL.Types.Entities;

namespace MineralGraph.GraphQL;

/// <summary>
/// The MineralGraph schema, code-first: queries for everyone, mutations for curators, a subscription to changes (over server-sent events). schema/mineralgraph.graphql is this schema printed, and a
/// test fails when the two differ. Graph types have no constructor dependencies; resolvers reach the store
/// through the per-request <see cref="GraphContext"/>.
/// </summary>
public sealed class MineralGraphSchema : Schema
{
    public MineralGraphSchema()
    {
        Description = "MineralGraph: governments, officials, agencies, companies, minerals, projects, agreements, events, " +
                      "measures and sources of the critical-minerals supply chain, every tie cited with a verbatim quote.";
        Query = new QueryType();
        Mutation = new MutationType();
        Subscription = new SubscriptionType();
        // Every entity type is reachable through Entity; register them so fragments on each always resolve.
        RegisterType(typeof(GovernmentGraphType));
        RegisterType(typeof(OfficialGraphType));
        RegisterType(typeof(AgencyGraphType));
        RegisterType(typeof(CompanyGraphType));
        RegisterType(typeof(MineralGraphType));
        RegisterType(typeof(ProjectGraphType));
        RegisterType(typeof(AgreementGraphType));
        RegisterType(typeof(EventGraphType));
        RegisterType(typeof(MeasureGraphType));
        RegisterType(typeof(SourceGraphType));
        RegisterType(typeof(DateScalar));
    }
}
