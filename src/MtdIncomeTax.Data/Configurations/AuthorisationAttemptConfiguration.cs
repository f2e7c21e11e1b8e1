using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class AuthorisationAttemptConfiguration : IEntityTypeConfiguration<AuthorisationAttempt>
{
    public void Configure(EntityTypeBuilder<AuthorisationAttempt> builder)
    {
        builder.HasIndex(attempt => attempt.StateHash).IsUnique();
        builder.HasIndex(attempt => attempt.ExpiresAt);
        builder.Property(attempt => attempt.StateHash).HasMaxLength(64);
        builder.Property(attempt => attempt.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(attempt => attempt.Nino).HasMaxLength(9);
        builder.Property(attempt => attempt.Arn).HasMaxLength(20);
        builder.Property(attempt => attempt.RedirectUri).HasMaxLength(2000);
        builder.Property(attempt => attempt.Scopes).HasMaxLength(500);
        builder.Property(attempt => attempt.Outcome).HasMaxLength(50);
    }
}
