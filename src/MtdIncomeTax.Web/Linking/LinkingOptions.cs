using System.ComponentModel.DataAnnotations;

namespace MtdIncomeTax.Web.Linking;

/// <summary>Settings of the link journey, bound to the "Linking" section.</summary>
public sealed class LinkingOptions
{
    /// <summary>How long a started link stays valid, matching HMRC's 10-minute authorisation code. Default 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan AttemptLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
