using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class GrantReminderConfiguration : IEntityTypeConfiguration<GrantReminder>
{
    public void Configure(EntityTypeBuilder<GrantReminder> builder)
    {
        // Two app instances may both find a reminder due; the unique index lets only one record it.
        builder.HasIndex(reminder => new { reminder.ConnectionId, reminder.GrantExpiresAt, reminder.DaysBefore }).IsUnique();
        builder.Property(reminder => reminder.Recipient).HasMaxLength(320);
        builder.Property(reminder => reminder.Error).HasMaxLength(500);
    }
}
