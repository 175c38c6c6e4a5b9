using System.Net;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Live;

/// <summary>A server stopped the way an orchestrator stops it (SIGTERM) ends its open event streams with complete.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task StoppingTheServer_CompletesOpenStreams()
    {
        var folder = Directory.CreateTempSubdirectory("mg-live-stop-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(LiveServerFixture.Settings(Path.Combine(folder, "curation.db")), TimeSpan.FromSeconds(90));
            await using var first = new SseClient(server.BaseAddress);
            await using var second = new SseClient(server.BaseAddress);
            await first.OpenAsync("subscription { graphChanged(ids: [\"government/canada\"]) { sequence } }");
            await second.OpenAsync("subscription { graphChanged { sequence } }");
            Assert.Equal(HttpStatusCode.OK, first.Status);
            Assert.Equal(HttpStatusCode.OK, second.Status);

            var stopping = server.StopAsync(TimeSpan.FromSeconds(20));
            foreach (var sse in new[] { first, second })
            {
                var e = await sse.ReadEventAsync(TimeSpan.FromSeconds(10));
                Assert.Equal("complete", e?.Type);
                Assert.Null(await sse.ReadEventAsync(TimeSpan.FromSeconds(10)));
            }
            await stopping;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
