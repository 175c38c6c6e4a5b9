namespace MineralGraph.Domain.Time;

/// <summary>What a date is the date of. Whether it has happened is not a role: see <see cref="PartialDate.Expected"/>.</summary>
public enum DateRole
{
    Announced,
    Signed,
    Launched,
    InForce,
    Held,
    Published,
    Suspended,
    /// <summary>The day a suspension is to last until.</summary>
    SuspensionEnds,
    Ended,
}

/// <summary>The names of date roles as graph-seed writes them (<c>in-force</c>).</summary>
public static class DateRoles
{
    public static readonly IReadOnlyList<DateRole> All = Enum.GetValues<DateRole>();

    static readonly Dictionary<DateRole, string> Names = All.ToDictionary(r => r, Kebab);
    static readonly Dictionary<string, DateRole> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary><c>InForce</c> → <c>in-force</c>.</summary>
    public static string Name(this DateRole role) => Names[role];

    public static bool TryParse(string name, out DateRole role) => ByName.TryGetValue(name, out role);

    /// <summary>Every name, for messages.</summary>
    public static string Listed => string.Join(", ", All.Select(Name));

    static string Kebab(DateRole role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
