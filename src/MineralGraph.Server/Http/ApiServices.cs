using GraphQL;
using MineralGraph.GraphQL;
using MineralGraph.GraphQL.Errors;
using MineralGraph.Server.Explorer;

namespace MineralGraph.Server.Http;

public static class ApiServices
{
    /// <summary>The schema (built once), the System.Text.Json serializer, error masking and the endpoint's parts.</summary>
    public static IServiceCollection AddMineralGraphApi(this IServiceCollection services)
    {
        services.AddGraphQL(graphql => graphql
            .AddSchema(_ => new MineralGraphSchema())
            .AddErrorInfoProvider(new MaskingErrorInfoProvider())
            .AddSerializer(sp => sp.GetRequiredService<GraphQLJson>()));
        services.AddSingleton<GraphQLJson>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<GraphiQLAssets>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLEndpoint>();
        return services;
    }

    public static void MapGraphQL(this WebApplication app, string path)
    {
        var endpoint = app.Services.GetRequiredService<GraphQLEndpoint>();
        app.Map(path, endpoint.HandleAsync);
    }
}
