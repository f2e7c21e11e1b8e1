using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class AgentClientConfiguration : IEntityTypeConfiguration<AgentClient>
{
    public void Configure(EntityTypeBuilder<AgentClient> builder)
    {
        builder.HasOne(client => client.Practice)
            .WithMany()
            .HasForeignKey(client => client.PracticeId)
            .OnDelete(DeleteBehavior.Cascade);

        // A practice lists each NINO once.
        builder.HasIndex(client => new { client.PracticeId, client.Nino }).IsUnique();
        builder.HasIndex(client => new { client.PracticeId, client.Status });
        builder.HasIndex(client => new { client.PracticeId, client.LastCheckRunId });
        builder.Property(client => client.Name).HasMaxLength(200);
        builder.Property(client => client.Nino).HasMaxLength(9);
        builder.Property(client => client.Postcode).HasMaxLength(10);
        builder.Property(client => client.AgentType).HasConversion<string>().HasMaxLength(20);
        builder.Property(client => client.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(client => client.StatusReason).HasMaxLength(500);
        builder.Property(client => client.InvitationId).HasMaxLength(40);
        builder.Property(client => client.ClientActionUrl).HasMaxLength(500);
        builder.Property(client => client.SearchText).HasMaxLength(220);
        builder.Property(client => client.ConcurrencyToken).IsConcurrencyToken();
    }
}
