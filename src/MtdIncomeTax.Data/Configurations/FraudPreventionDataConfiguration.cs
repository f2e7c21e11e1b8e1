using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class FraudPreventionDataConfiguration : IEntityTypeConfiguration<FraudPreventionData>
{
    public void Configure(EntityTypeBuilder<FraudPreventionData> builder)
    {
        builder.HasKey(data => data.UserId);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<FraudPreventionData>(data => data.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(data => data.JsUserAgent).HasMaxLength(FraudPreventionLimits.UserAgentLength);
        builder.Property(data => data.ScreensJson).HasMaxLength(2000);
        builder.Property(data => data.PublicIp).HasMaxLength(45);
        builder.Property(data => data.SignInName).HasMaxLength(320);
        builder.Property(data => data.MultiFactorJson).HasMaxLength(2000);
    }
}
