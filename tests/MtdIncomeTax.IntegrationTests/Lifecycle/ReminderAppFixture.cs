using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using MtdIncomeTax.Web.Email;

namespace MtdIncomeTax.IntegrationTests.Lifecycle;

/// <summary>The app of <see cref="AppFactory"/> with every email, the reminder service's included, kept by a recording sender.</summary>
public sealed class ReminderAppFixture : IAsyncDisposable
{
    private readonly AppFactory _base = new();

    public ReminderAppFixture() =>
        App = _base.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<IEmailSender>(Email)));

    public WebApplicationFactory<Program> App { get; }

    public RecordingEmailSender Email { get; } = new();

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => _base.Time;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _base.DisposeAsync();
    }
}
