using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MtdIncomeTax.Data.Migrations.SqlServer
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
                type: "nvarchar(700)",
                maxLength: 700,
                nullable: false,
                defaultValue: "");

            // Fills the search text of existing connections: name, email and ARN in lower case, one per line.
            migrationBuilder.Sql("""
                UPDATE c SET SearchText = LOWER(CONCAT(u.Name, CHAR(10), u.Email, CHAR(10), c.Arn))
                FROM HmrcConnections AS c INNER JOIN Users AS u ON u.Id = c.OwnerUserId;
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
