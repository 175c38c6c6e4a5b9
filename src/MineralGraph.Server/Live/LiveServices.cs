using Microsoft.Extensions.Options;

namespace MineralGraph.Server.Live;

public static class LiveServices
{
    /// <summary>Subscriptions over server-sent events: the settings (section <c>Subscriptions</c>, checked at start-up), the open streams, the change fan-out.</summary>
    public static IServiceCollection AddMineralGraphSubscriptions(this IServiceCollection services)
    {
        services.AddOptions<SubscriptionSettings>().BindConfiguration(SubscriptionSettings.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SubscriptionSettings>, SettingsValidation>();
        services.AddSingleton<LiveStreams>();
        services.AddSingleton<LiveChanges>();
        return services;
    }

    sealed class SettingsValidation : IValidateOptions<SubscriptionSettings>
    {
        public ValidateOptionsResult Validate(string? name, SubscriptionSettings options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
