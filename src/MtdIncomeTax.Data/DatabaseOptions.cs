using System.ComponentModel.DataAnnotations;

namespace MtdIncomeTax.Data;

/// <summary>Database settings, bound to the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    /// <summary>Sqlite (default, a file in the app's data folder) or SqlServer.</summary>
    [Required, RegularExpression("^(Sqlite|SqlServer)$", ErrorMessage = "Database:Provider must be Sqlite or SqlServer.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// Connection string. For SQLite a relative Data Source is resolved against the app's content
    /// root; default Data Source=App_Data/mtdincometax.db.
    /// </summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=App_Data/mtdincometax.db";

    /// <summary>Applies pending migrations when the app starts. Default true.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
