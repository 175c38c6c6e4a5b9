namespace MineralGraph.Synthetic.Naming;

/// <summary>A real mineral the seed does not (yet) name, and the groups it belongs to.</summary>
internal sealed record ExtraMineral(string Slug, string Name, string? Symbol, string Type, string[] Groups);

/// <summary>
/// Real minerals beyond the seed's, so a synthetic graph has about sixty, groups included: two more groups
/// (platinum-group metals, battery minerals) give PART_OF chains two levels deep and minerals in two groups.
/// </summary>
internal static class ExtraMinerals
{
    const string Critical = "mineral/critical-minerals", Pgm = "mineral/platinum-group-metals", Battery = "mineral/battery-minerals";

    public static readonly ExtraMineral[] All =
    [
        new("platinum-group-metals", "Platinum group metals", "PGM", "group", [Critical]),
        new("battery-minerals", "Battery minerals", null, "group", [Critical]),
        new("platinum", "Platinum", "Pt", "element", [Pgm]),
        new("palladium", "Palladium", "Pd", "element", [Pgm]),
        new("rhodium", "Rhodium", "Rh", "element", [Pgm]),
        new("iridium", "Iridium", "Ir", "element", [Pgm]),
        new("ruthenium", "Ruthenium", "Ru", "element", [Pgm]),
        new("tin", "Tin", "Sn", "element", [Critical]),
        new("tungsten", "Tungsten", "W", "element", [Critical]),
        new("tantalum", "Tantalum", "Ta", "element", [Critical]),
        new("niobium", "Niobium", "Nb", "element", [Critical]),
        new("vanadium", "Vanadium", "V", "element", [Critical, Battery]),
        new("titanium", "Titanium", "Ti", "element", [Critical]),
        new("antimony", "Antimony", "Sb", "element", [Critical]),
        new("beryllium", "Beryllium", "Be", "element", [Critical]),
        new("bismuth", "Bismuth", "Bi", "element", [Critical]),
        new("chromium", "Chromium", "Cr", "element", [Critical]),
        new("hafnium", "Hafnium", "Hf", "element", [Critical]),
        new("indium", "Indium", "In", "element", [Critical]),
        new("magnesium", "Magnesium", "Mg", "element", [Critical]),
        new("tellurium", "Tellurium", "Te", "element", [Critical]),
        new("zirconium", "Zirconium", "Zr", "element", [Critical]),
        new("aluminium", "Aluminium", "Al", "element", [Critical]),
        new("molybdenum", "Molybdenum", "Mo", "element", [Critical]),
        new("fluorspar", "Fluorspar", null, "material", [Critical]),
        new("barite", "Barite", null, "material", [Critical]),
        new("potash", "Potash", null, "material", [Critical]),
    ];

    /// <summary>Seed minerals that also belong to the battery-minerals group.</summary>
    public static readonly string[] BatteryMembers = ["mineral/lithium", "mineral/nickel", "mineral/cobalt", "mineral/graphite", "mineral/manganese"];
}
