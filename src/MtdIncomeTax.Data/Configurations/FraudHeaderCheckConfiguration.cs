using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class FraudHeaderCheckConfiguration : IEntityTypeConfiguration<FraudHeaderCheck>
{
    public void Configure(EntityTypeBuilder<FraudHeaderCheck> builder)
    {
        builder.ToTable("FraudHeaderChecks");
        builder.HasKey(check => check.ConnectionId);
        builder.HasOne<HmrcConnection>().WithOne().HasForeignKey<FraudHeaderCheck>(check => check.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(check => check.Code).HasMaxLength(60);
        builder.Property(check => check.Message).HasMaxLength(500);
        builder.Property(check => check.IssuesJson).HasMaxLength(8000);
        builder.Property(check => check.CorrelationId).HasMaxLength(100);
    }
}
