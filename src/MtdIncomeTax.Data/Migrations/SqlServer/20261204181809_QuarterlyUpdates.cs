using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MtdIncomeTax.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BusinessId = table.Column<string>(type: "nvarchar(15)", maxLength: 15, nullable: false),
                    TypeOfBusiness = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TaxYear = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: false),
                    PeriodStartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FiguresJson = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ErrorCode = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
