using MineralGraph.Domain.Model;

namespace MineralGraph.Export;

/// <summary>
/// One colour per entity kind, written into the formats that carry colours (GEXF viz, graphology) so a file opens
/// looking like the explorer page. Keep in step with <c>src/MineralGraph.Server/explorer/src/style.js</c>.
/// </summary>
public static class KindColours
{
    public static string Hex(EntityKind kind) => kind switch
    {
        EntityKind.Government => "#1f4e79",
        EntityKind.Official => "#d55e00",
        EntityKind.Agency => "#0072b2",
        EntityKind.Company => "#cc79a7",
        EntityKind.Mineral => "#009e73",
        EntityKind.Project => "#e69f00",
        EntityKind.Agreement => "#6a3d9a",
        EntityKind.Event => "#56b4e9",
        EntityKind.Measure => "#8c564b",
        EntityKind.Source => "#7f7f7f",
        _ => "#999999",
    };

    public static (byte R, byte G, byte B) Rgb(EntityKind kind)
    {
        var hex = Hex(kind);
        return (Convert.ToByte(hex[1..3], 16), Convert.ToByte(hex[3..5], 16), Convert.ToByte(hex[5..7], 16));
    }
}
