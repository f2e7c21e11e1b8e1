using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class AgentPracticeConfiguration : IEntityTypeConfiguration<AgentPractice>
{
    public void Configure(EntityTypeBuilder<AgentPractice> builder)
    {
        builder.HasIndex(practice => practice.ExternalId).IsUnique();
        builder.Property(practice => practice.ExternalId).HasMaxLength(200);
        builder.Property(practice => practice.Name).HasMaxLength(200);
        builder.Property(practice => practice.Arn).HasMaxLength(20);
    }
}
