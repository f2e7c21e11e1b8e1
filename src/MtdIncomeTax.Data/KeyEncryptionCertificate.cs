using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace MtdIncomeTax.Data;

/// <summary>
/// Encrypts the Data Protection keys stored in the database with a certificate, so that a copy of
/// the database alone cannot decrypt the HMRC tokens in it. Configured by DataProtection:CertificatePath
/// (a PKCS#12 file with its private key) and DataProtection:CertificatePassword. Without them the
/// keys are stored unencrypted and Data Protection logs a warning at start.
/// </summary>
internal static class KeyEncryptionCertificate
{
    public static void Register(IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var path = configuration["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath names {path}, which does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"]);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate in {path} has no private key, so it cannot decrypt the keys it protects.");
        }

        builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
