namespace MineralGraph.Server.Hosting;

/// <summary>Each response carries the request id that the log and masked errors quote.</summary>
public static class RequestIds
{
    public const string Header = "X-Request-Id";
}
