namespace MineralGraph.Testing.Xunit;

/// <summary>The tests drive a real Chromium (<see cref="Chromium"/>). Required when CI=true or MINERALGRAPH_REQUIRE_CHROMIUM=1.</summary>
public sealed class RequiresChromiumAttribute : RequiresAttribute
{
    public override Prerequisite Prerequisite => Chromium.Prerequisite;
}
