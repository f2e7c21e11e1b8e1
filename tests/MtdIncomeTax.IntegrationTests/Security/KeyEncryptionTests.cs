using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Security;

public sealed class KeyEncryptionTests : IDisposable
{
    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"mtdincometax-keys-{Guid.NewGuid():N}.pfx");
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Stored_keys_are_encrypted_with_the_certificate()
    {
        WriteCertificate("certificate-password");
        using var app = _app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("DataProtection:CertificatePath", _certificatePath);
            builder.UseSetting("DataProtection:CertificatePassword", "certificate-password");
        });
        _app.Hmrc.TokenEndpointIssues();
        _app.Hmrc.BusinessesListed("AA123456A");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, "key-user");
        var (_, query) = await LinkJourney.StartAsync(client);
        await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");

        var dashboard = await client.GetStringAsync("/dashboard");

        await using var scope = app.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>().DataProtectionKeys.ToListAsync();
        Assert.Contains("Sam&#x27;s Plastering", dashboard);
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains("EncryptedXmlDecryptor", key.Xml));
        Assert.All(keys, key => Assert.DoesNotContain("<masterKey", key.Xml));
    }

    public void Dispose()
    {
        _app.Dispose();
        File.Delete(_certificatePath);
    }

    private void WriteCertificate(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MtdIncomeTax key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificatePath, certificate.Export(X509ContentType.Pfx, password));
    }
}
