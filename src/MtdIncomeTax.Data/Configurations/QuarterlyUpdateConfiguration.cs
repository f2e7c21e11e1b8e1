using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class QuarterlyUpdateConfiguration : IEntityTypeConfiguration<QuarterlyUpdate>
{
    public void Configure(EntityTypeBuilder<QuarterlyUpdate> builder)
    {
        builder.HasOne(update => update.Connection)
            .WithMany()
            .HasForeignKey(update => update.ConnectionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(update => new { update.ConnectionId, update.BusinessId, update.TaxYear, update.UpdatedAt });
        builder.Property(update => update.BusinessId).HasMaxLength(15);
        builder.Property(update => update.TypeOfBusiness).HasMaxLength(32);
        builder.Property(update => update.TaxYear).HasMaxLength(7);
        builder.Property(update => update.FiguresJson).HasMaxLength(8000);
        builder.Property(update => update.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(update => update.CorrelationId).HasMaxLength(64);
        builder.Property(update => update.ErrorCode).HasMaxLength(100);
        builder.Property(update => update.ConcurrencyToken).IsConcurrencyToken();
    }
}
