using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MtdIncomeTax.Data.Migrations.Sqlite
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
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ErrorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WarningCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuesJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JsUserAgent = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ScreensJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WindowWidth = table.Column<int>(type: "INTEGER", nullable: true),
                    WindowHeight = table.Column<int>(type: "INTEGER", nullable: true),
                    TimezoneOffsetMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    PublicIp = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    PublicPort = table.Column<int>(type: "INTEGER", nullable: true),
                    PublicIpCapturedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignInName = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    MultiFactorJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
