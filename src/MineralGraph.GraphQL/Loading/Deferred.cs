using GraphQL.DataLoader;

namespace MineralGraph.GraphQL.Loading;

/// <summary>Maps the value of a pending load when it arrives (GraphQL.DataLoader's <c>Then</c>, which is not available here).</summary>
public static class Deferred
{
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(source, map);

    /// <summary>A value already known, in the shape of a pending load.</summary>
    public static IDataLoaderResult<T> Ready<T>(T value) => new Known<T>(value);

    /// <summary>Waits for several pending loads and combines them.</summary>
    public static IDataLoaderResult<TOut> All<TIn, TOut>(IReadOnlyList<IDataLoaderResult<TIn>> sources, Func<TIn[], TOut> map) =>
        new Combined<TIn, TOut>(sources, map);

    sealed class Known<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    sealed class Combined<TIn, TOut>(IReadOnlyList<IDataLoaderResult<TIn>> sources, Func<TIn[], TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new TIn[sources.Count];
            for (var i = 0; i < values.Length; i++) values[i] = await sources[i].GetResultAsync(cancellationToken);
            return map(values);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
