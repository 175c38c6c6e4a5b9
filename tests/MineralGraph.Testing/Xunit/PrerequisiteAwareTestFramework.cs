using System.Reflection;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MineralGraph.Testing.Xunit;

/// <summary>
/// xunit 2 has no run-time skip, and contract tests inherit plain [Fact]s, so skipping is decided at discovery:
/// every test of a class marked with a <see cref="RequiresAttribute"/> whose <see cref="Prerequisite"/> is missing
/// (and not required) is reported as skipped with that prerequisite's one line. Installed in every test assembly by
/// tests/Directory.Build.props.
/// </summary>
public sealed class PrerequisiteAwareTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (Unmet(testMethod.TestClass.Class) is { } prerequisite && testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
                return ReportDiscoveredTestCase(new SkippedTestCase(DiagnosticMessageSink, testMethod, prerequisite), includeSourceInformation, messageBus);
            return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
        }

        /// <summary>The first prerequisite of the class that is missing and not required, or null.</summary>
        static Prerequisite? Unmet(ITypeInfo type) =>
            type is IReflectionTypeInfo reflected
                ? reflected.Type.GetCustomAttributes<RequiresAttribute>(inherit: true)
                    .Select(a => a.Prerequisite)
                    .FirstOrDefault(p => p.Missing is not null && !p.Required)
                : null;
    }
}

/// <summary>
/// A test case reported as skipped because a prerequisite is missing. The reason is also in its display name, because
/// <c>dotnet test</c> prints skipped tests by name only: each skipped test is one line saying what is missing and how
/// to get it.
/// </summary>
public sealed class SkippedTestCase : XunitTestCase
{
    string reason = "";
    string line = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase() { }

    public SkippedTestCase(IMessageSink diagnosticMessageSink, ITestMethod testMethod, Prerequisite prerequisite)
        : base(diagnosticMessageSink, TestMethodDisplay.ClassAndMethod, TestMethodDisplayOptions.None, testMethod)
    {
        reason = prerequisite.SkipReason;
        line = $"needs {prerequisite.Name}: {prerequisite.Missing}";
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => reason;

    protected override void Initialize()
    {
        base.Initialize();
        DisplayName = $"{DisplayName} [{line}]";
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("PrerequisiteSkipReason", reason);
        data.AddValue("PrerequisiteLine", line);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        reason = data.GetValue<string>("PrerequisiteSkipReason");
        line = data.GetValue<string>("PrerequisiteLine");
        base.Deserialize(data);
    }
}
