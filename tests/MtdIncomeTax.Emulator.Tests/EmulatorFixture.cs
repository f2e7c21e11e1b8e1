namespace MtdIncomeTax.Emulator.Tests;

/// <summary>One emulator in test mode, shared by the tests of a class.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await EmulatorHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
