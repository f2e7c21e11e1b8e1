using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasIndex(audit => new { audit.ConnectionId, audit.OccurredAt });
        builder.Property(audit => audit.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(audit => audit.Detail).HasMaxLength(1000);
        builder.Property(audit => audit.CorrelationId).HasMaxLength(64);
    }
}
