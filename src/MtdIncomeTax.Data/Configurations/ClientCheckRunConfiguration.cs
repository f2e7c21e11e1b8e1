using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class ClientCheckRunConfiguration : IEntityTypeConfiguration<ClientCheckRun>
{
    public void Configure(EntityTypeBuilder<ClientCheckRun> builder)
    {
        builder.HasOne<AgentPractice>()
            .WithMany()
            .HasForeignKey(run => run.PracticeId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(run => new { run.PracticeId, run.StartedAt });
        builder.HasIndex(run => run.Status);
        builder.Property(run => run.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(run => run.SummaryJson).HasMaxLength(2000);
        builder.Property(run => run.StopReason).HasMaxLength(500);
        builder.Property(run => run.LeaseHolder).HasMaxLength(100);
        builder.Property(run => run.ConcurrencyToken).IsConcurrencyToken();
    }
}
