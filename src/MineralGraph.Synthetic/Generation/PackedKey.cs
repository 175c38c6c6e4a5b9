namespace MineralGraph.Synthetic.Generation;

/// <summary>
/// Small integers packed into one long and scrambled by the SplitMix64 finaliser. The scramble is a bijection, so
/// distinct packs stay distinct, and it spreads keys over a dictionary's buckets: long.GetHashCode of a raw pack
/// (high word XOR low word) would pile most keys into a few buckets.
/// </summary>
internal static class PackedKey
{
    public static long Of(ulong packed)
    {
        var x = packed;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return (long)(x ^ (x >> 31));
    }
}
