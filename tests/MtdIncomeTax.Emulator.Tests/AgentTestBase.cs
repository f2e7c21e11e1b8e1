using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>A new emulator for each agent test, on a fake clock that starts at the given instant.</summary>
public abstract class AgentTestBase(DateTimeOffset start) : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(start);

    protected EmulatorHost Host { get; private set; } = null!;

    protected Hmrc Hmrc { get; private set; } = null!;

    protected AgentRequests Agents { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync(configureServices: services => services.AddSingleton<TimeProvider>(Time));
        Hmrc = new Hmrc(Host);
        Agents = new AgentRequests(Hmrc);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
