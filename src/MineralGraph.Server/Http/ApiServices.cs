using GraphQL;
using Microsoft.Extensions.Options;
using MineralGraph.GraphQL;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Validation;
using MineralGraph.Server.Live;
using MineralGraph.Server.Pages;

namespace MineralGraph.Server.Http;

public static class ApiServices
{
    /// <summary>
    /// The schema (built once), the System.Text.Json serializer, error masking, the query limits (configuration
    /// section <c>Limits</c>, checked at start-up) and the endpoint's parts.
    /// </summary>
    public static IServiceCollection AddMineralGraphApi(this IServiceCollection services)
    {
        services.AddOptions<QueryLimits>()
            .BindConfiguration(QueryLimits.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<QueryLimits>, QueryLimitsValidation>();
        services.AddGraphQL(graphql => graphql
            .AddSchema(_ => new MineralGraphSchema())
            .AddErrorInfoProvider(sp => new MaskingErrorInfoProvider(
                sp.GetRequiredService<IOptions<QueryLimits>>().Value.FieldSuggestions ?? sp.GetRequiredService<IHostEnvironment>().IsDevelopment()))
            .AddSerializer(sp => sp.GetRequiredService<GraphQLJson>())
            .AddExecutionStrategy<global::GraphQL.Execution.SubscriptionExecutionStrategy>(GraphQLParser.AST.OperationType.Subscription));
        services.AddSingleton<GraphQLJson>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<GraphiQLAssets>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLEndpoint>();
        services.AddMineralGraphSubscriptions();
        return services;
    }

    public static void MapGraphQL(this WebApplication app, string path)
    {
        var endpoint = app.Services.GetRequiredService<GraphQLEndpoint>();
        app.Map(path, endpoint.HandleAsync);
    }

    /// <summary>Names every bad value in the Limits section, so start-up fails with the reason.</summary>
    sealed class QueryLimitsValidation : IValidateOptions<QueryLimits>
    {
        public ValidateOptionsResult Validate(string? name, QueryLimits options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
