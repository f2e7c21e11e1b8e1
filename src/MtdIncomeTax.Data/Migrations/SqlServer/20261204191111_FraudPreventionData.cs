using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MtdIncomeTax.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FraudPreventionData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FraudHeaderChecks",
                columns: table => new
                {
                    ConnectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Message = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ErrorCount = table.Column<int>(type: "int", nullable: false),
                    WarningCount = table.Column<int>(type: "int", nullable: false),
                    IssuesJson = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FraudHeaderChecks", x => x.ConnectionId);
                    table.ForeignKey(
                        name: "FK_FraudHeaderChecks_HmrcConnections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "HmrcConnections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FraudPreventionData",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    JsUserAgent = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ScreensJson = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    WindowWidth = table.Column<int>(type: "int", nullable: true),
                    WindowHeight = table.Column<int>(type: "int", nullable: true),
                    TimezoneOffsetMinutes = table.Column<int>(type: "int", nullable: true),
                    PublicIp = table.Column<string>(type: "nvarchar(45)", maxLength: 45, nullable: true),
                    PublicPort = table.Column<int>(type: "int", nullable: true),
                    PublicIpCapturedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SignInName = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    MultiFactorJson = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FraudPreventionData", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_FraudPreventionData_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FraudHeaderChecks");

            migrationBuilder.DropTable(
                name: "FraudPreventionData");
        }
    }
}
