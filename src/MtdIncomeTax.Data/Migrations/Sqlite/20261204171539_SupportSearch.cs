using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MtdIncomeTax.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupportSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "HmrcConnections",
                type: "TEXT",
                maxLength: 700,
                nullable: false,
                defaultValue: "");

            // Fills the search text of existing connections: name, email and ARN in lower case, one per line.
            migrationBuilder.Sql("""
                UPDATE HmrcConnections SET SearchText = lower(
                    coalesce((SELECT Name FROM Users WHERE Users.Id = HmrcConnections.OwnerUserId), '')
                    || char(10) || coalesce((SELECT Email FROM Users WHERE Users.Id = HmrcConnections.OwnerUserId), '')
                    || char(10) || coalesce(Arn, ''));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_HmrcConnections_Nino",
                table: "HmrcConnections",
                column: "Nino");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HmrcConnections_Nino",
                table: "HmrcConnections");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "HmrcConnections");
        }
    }
}
