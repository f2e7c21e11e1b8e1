using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class HmrcApiCallConfiguration : IEntityTypeConfiguration<HmrcApiCall>
{
    public void Configure(EntityTypeBuilder<HmrcApiCall> builder)
    {
        builder.HasIndex(call => new { call.ConnectionId, call.OccurredAt });
        builder.Property(call => call.Method).HasMaxLength(10);
        builder.Property(call => call.Endpoint).HasMaxLength(200);
        builder.Property(call => call.HmrcCode).HasMaxLength(100);
        builder.Property(call => call.CorrelationId).HasMaxLength(64);
    }
}
