namespace MineralGraph.Testing.Xunit;

/// <summary>
/// Marks a test class that needs a <see cref="Xunit.Prerequisite"/>. With <see cref="PrerequisiteAwareTestFramework"/>
/// installed (tests/Directory.Build.props does it for every test project), its tests, inherited ones too, are
/// reported as skipped with the prerequisite's one line when it is missing, unless it is required.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public abstract class RequiresAttribute : Attribute
{
    public abstract Prerequisite Prerequisite { get; }
}
