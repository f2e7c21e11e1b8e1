using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class HmrcConnectionConfiguration : IEntityTypeConfiguration<HmrcConnection>
{
    public void Configure(EntityTypeBuilder<HmrcConnection> builder)
    {
        // One connection per owner: linking again replaces the grant in the same row.
        builder.HasIndex(connection => connection.OwnerUserId).IsUnique();
        builder.HasOne(connection => connection.Owner).WithMany().HasForeignKey(connection => connection.OwnerUserId);

        // One connection per practice, whichever staff member links it.
        builder.HasIndex(connection => connection.PracticeId).IsUnique();
        builder.HasOne(connection => connection.Practice).WithMany().HasForeignKey(connection => connection.PracticeId);

        builder.Property(connection => connection.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(connection => connection.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(connection => connection.Environment).HasMaxLength(50);
        builder.Property(connection => connection.Nino).HasMaxLength(9);
        builder.Property(connection => connection.Scopes).HasMaxLength(500);
        builder.Property(connection => connection.LastRefreshOutcome).HasMaxLength(100);
        builder.Property(connection => connection.LeaseHolder).HasMaxLength(100);
        builder.Property(connection => connection.Arn).HasMaxLength(20);
        builder.Property(connection => connection.ConcurrencyToken).IsConcurrencyToken();
        builder.HasIndex(connection => connection.Status);
        builder.HasIndex(connection => connection.GrantExpiresAt);
        builder.HasIndex(connection => connection.Nino);
        builder.Property(connection => connection.SearchText).HasMaxLength(700);
    }
}
