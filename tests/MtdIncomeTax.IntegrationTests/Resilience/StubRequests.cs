using WireMock.Logging;
using WireMock.Server;

namespace MtdIncomeTax.IntegrationTests.Resilience;

/// <summary>The requests a WireMock HMRC received on one path, in the order they arrived.</summary>
public static class StubRequests
{
    public static List<ILogEntry> To(WireMockServer hmrc, string path) =>
        hmrc.LogEntries.Where(entry => entry.RequestMessage.Path == path).OrderBy(entry => entry.RequestMessage.DateTime).ToList();

    /// <summary>
    /// Returns the requests to a path once the expected number have arrived and 2.5 more seconds
    /// have passed. WireMock records a request only after its response, so a slow response, or a
    /// wrongful retry, shows up late.
    /// </summary>
    public static async Task<List<ILogEntry>> SettledAsync(WireMockServer hmrc, string path, int expected)
    {
        for (var i = 0; i < 100 && To(hmrc, path).Count < expected; i++)
        {
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        return To(hmrc, path);
    }
}
