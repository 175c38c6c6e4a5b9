using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Live;

namespace MineralGraph.Server.Live;

/// <summary>
/// The process's one <see cref="ChangeFanOut"/>, made on the first subscription; none on a server that keeps no
/// changes (no curation store or no change signal).
/// </summary>
public sealed class LiveChanges(IServiceProvider services, ILogger<LiveChanges> log) : IDisposable
{
    readonly Lazy<ChangeFanOut?> fanOut = new(() =>
    {
        var curation = services.GetServices<ICurationStore>().LastOrDefault();
        var signal = services.GetService<IChangeSignal>();
        return curation is null || signal is null
            ? null
            : new ChangeFanOut(curation, signal, e => log.LogWarning(e, "Live changes: reading the change log failed; retrying in 1 s"));
    });

    public ChangeFanOut? FanOut => fanOut.Value;

    public void Dispose()
    {
        if (fanOut.IsValueCreated) fanOut.Value?.Dispose();
    }
}
