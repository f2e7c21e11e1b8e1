using Microsoft.EntityFrameworkCore;

namespace MtdIncomeTax.Emulator.Oidc;

/// <summary>OpenIddict's applications, authorizations, scopes and tokens, kept in an in-memory database.</summary>
internal sealed class EmulatorDbContext(DbContextOptions<EmulatorDbContext> options) : DbContext(options);
