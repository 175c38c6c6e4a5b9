using MineralGraph.Testing.Neo4j;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MineralGraph.Testing.Xunit;

/// <summary>
/// xunit 2 has no run-time skip, and contract tests inherit plain [Fact]s, so skipping is decided at discovery:
/// this framework marks every test of a <see cref="RequiresNeo4jAttribute"/> class as skipped when
/// <see cref="Neo4jAvailability"/> finds no way to get a Neo4j. Install with
/// <c>[assembly: TestFramework("MineralGraph.Testing.Xunit.Neo4jAwareTestFramework", "MineralGraph.Testing")]</c>.
/// </summary>
public sealed class Neo4jAwareTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var availability = Neo4jAvailability.Current;
            if (availability.IsAvailable || availability.Required || !NeedsNeo4j(testMethod.TestClass.Class)
                || !testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            return ReportDiscoveredTestCase(new Neo4jSkippedTestCase(DiagnosticMessageSink, testMethod, "Neo4j tests skipped: " + availability.SkipReason), includeSourceInformation, messageBus);
        }

        static bool NeedsNeo4j(ITypeInfo type) => type.GetCustomAttributes(typeof(RequiresNeo4jAttribute)).Any();
    }
}

/// <summary>A test case reported as skipped because no Neo4j is available.</summary>
public sealed class Neo4jSkippedTestCase : XunitTestCase
{
    string reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public Neo4jSkippedTestCase() { }

    public Neo4jSkippedTestCase(IMessageSink diagnosticMessageSink, ITestMethod testMethod, string reason)
        : base(diagnosticMessageSink, TestMethodDisplay.ClassAndMethod, TestMethodDisplayOptions.None, testMethod) => this.reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Neo4jSkipReason", reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        reason = data.GetValue<string>("Neo4jSkipReason");
        base.Deserialize(data);
    }
}
