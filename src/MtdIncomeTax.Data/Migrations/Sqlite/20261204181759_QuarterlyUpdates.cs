using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MtdIncomeTax.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuarterlyUpdates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QuarterlyUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BusinessId = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    TypeOfBusiness = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TaxYear = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PeriodStartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiguresJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ErrorCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterlyUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuarterlyUpdates_HmrcConnections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "HmrcConnections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyUpdates_ConnectionId_BusinessId_TaxYear_UpdatedAt",
                table: "QuarterlyUpdates",
                columns: new[] { "ConnectionId", "BusinessId", "TaxYear", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuarterlyUpdates");
        }
    }
}
