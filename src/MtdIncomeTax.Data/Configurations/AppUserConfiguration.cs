using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.HasIndex(user => user.Subject).IsUnique();
        builder.Property(user => user.Subject).HasMaxLength(200);
        builder.Property(user => user.Name).HasMaxLength(200);
        builder.Property(user => user.Email).HasMaxLength(320);
        builder.Property(user => user.Role).HasMaxLength(50);
        builder.HasOne(user => user.Practice).WithMany().HasForeignKey(user => user.PracticeId);
    }
}
