namespace MineralGraph.Synthetic.Generation;

/// <summary>
/// PCG-XSH-RR (O'Neill): a tiny, fast generator whose output is fixed by its seed on every runtime and machine,
/// which is what makes a synthetic graph reproducible. Not for anything secret.
/// </summary>
internal sealed class Pcg32
{
    const ulong Multiplier = 6364136223846793005UL;
    const ulong Increment = 1442695040888963407UL;
    ulong state;

    public Pcg32(int seed)
    {
        state = 0;
        NextUInt();
        state += unchecked((ulong)seed * 0x9E3779B97F4A7C15UL);
        NextUInt();
    }

    public uint NextUInt()
    {
        var old = state;
        state = unchecked(old * Multiplier + Increment);
        var xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        var rotation = (int)(old >> 59);
        return (xorShifted >> rotation) | (xorShifted << (-rotation & 31));
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => NextUInt() * (1.0 / 4294967296.0);

    /// <summary>Uniform in [0, n); n must be positive.</summary>
    public int Next(int n) => (int)((ulong)NextUInt() * (ulong)n >> 32);

    /// <summary>Uniform in [min, max].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>
    /// A position in [0, n) favouring the front: P(position &lt; x·n) = x^(1/skew). Skew 1 is uniform; 3 gives the
    /// first tenth about half the picks. Pools put their hubs (real ids, blocs) first, so degrees follow a power law in rank.
    /// </summary>
    public int Skewed(int n, double skew) => Math.Min(n - 1, (int)(n * Math.Pow(NextDouble(), skew)));

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
