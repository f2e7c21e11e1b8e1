using Microsoft.Extensions.Options;
using MtdIncomeTax.Emulator.Configuration;
using MtdIncomeTax.Emulator.Logging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace MtdIncomeTax.Emulator.Oidc;

/// <summary>Registers the Emulator:SignIn client in the provider at start, unless its ClientId is empty.</summary>
internal sealed class SignInClientRegistration(
    IServiceScopeFactory scopeFactory,
    IOptions<EmulatorOptions> options,
    ILogger<SignInClientRegistration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var client = options.Value.SignIn;
        if (string.IsNullOrWhiteSpace(client.ClientId))
        {
            return;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await manager.FindByClientIdAsync(client.ClientId, cancellationToken) is not null)
        {
            return;
        }

        await manager.CreateAsync(CreateDescriptor(client), cancellationToken);
        logger.SignInClientRegistered(client.ClientId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpenIddictApplicationDescriptor CreateDescriptor(SignInClientOptions client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "MtdIncomeTax",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
                Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };

        foreach (var uri in client.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in client.PostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        return descriptor;
    }
}
