using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores;

/// <summary>Keeps a local record of each person who signs in, keyed by the provider's subject.</summary>
public sealed class UserDirectory(MtdIncomeTaxDbContext db, TimeProvider timeProvider)
{
    public async Task<AppUser> RecordSignInAsync(string subject, string name, string? email, string role, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var user = await db.Users.SingleOrDefaultAsync(existing => existing.Subject == subject, cancellationToken);
        if (user is null)
        {
            user = new AppUser { Id = Guid.NewGuid(), Subject = subject, Name = name, Role = role, CreatedAt = now };
            db.Users.Add(user);
        }

        user.Name = name;
        user.Email = email;
        user.Role = role;
        user.LastSignedInAt = now;
        await db.SaveChangesAsync(cancellationToken);

        return user;
    }

    public Task<AppUser?> FindBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().SingleOrDefaultAsync(user => user.Subject == subject, cancellationToken);
}
