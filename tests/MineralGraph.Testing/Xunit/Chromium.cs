namespace MineralGraph.Testing.Xunit;

/// <summary>Debian's Chromium, which the browser tests drive: CHROMIUM_PATH, else /usr/bin/chromium.</summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static Prerequisite Prerequisite => new("Chromium",
        File.Exists(ExecutablePath) ? null : $"no Chromium at {ExecutablePath} — install it (apt-get install chromium) or set CHROMIUM_PATH",
        "MINERALGRAPH_REQUIRE_CHROMIUM");
}
