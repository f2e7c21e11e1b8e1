using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MtdIncomeTax.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GrantLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Arn",
                table: "HmrcConnections",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisconnectedAt",
                table: "HmrcConnections",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseExpiresAt",
                table: "HmrcConnections",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseHolder",
                table: "HmrcConnections",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RefreshFailureCount",
                table: "HmrcConnections",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RetryRefreshAfter",
                table: "HmrcConnections",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ConnectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrantReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GrantExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DaysBefore = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Recipient = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    Error = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HmrcApiCalls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Endpoint = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StatusCode = table.Column<int>(type: "int", nullable: false),
                    HmrcCode = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DurationMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HmrcApiCalls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HmrcConnections_GrantExpiresAt",
                table: "HmrcConnections",
                column: "GrantExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_HmrcConnections_Status",
                table: "HmrcConnections",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ConnectionId_OccurredAt",
                table: "AuditEvents",
                columns: new[] { "ConnectionId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantReminders_ConnectionId_GrantExpiresAt_DaysBefore",
                table: "GrantReminders",
                columns: new[] { "ConnectionId", "GrantExpiresAt", "DaysBefore" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HmrcApiCalls_ConnectionId_OccurredAt",
                table: "HmrcApiCalls",
                columns: new[] { "ConnectionId", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "GrantReminders");

            migrationBuilder.DropTable(
                name: "HmrcApiCalls");

            migrationBuilder.DropIndex(
                name: "IX_HmrcConnections_GrantExpiresAt",
                table: "HmrcConnections");

            migrationBuilder.DropIndex(
                name: "IX_HmrcConnections_Status",
                table: "HmrcConnections");

            migrationBuilder.DropColumn(
                name: "Arn",
                table: "HmrcConnections");

            migrationBuilder.DropColumn(
                name: "DisconnectedAt",
                table: "HmrcConnections");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "HmrcConnections");

            migrationBuilder.DropColumn(
                name: "LeaseHolder",
                table: "HmrcConnections");

            migrationBuilder.DropColumn(
                name: "RefreshFailureCount",
                table: "HmrcConnections");

            migrationBuilder.DropColumn(
                name: "RetryRefreshAfter",
                table: "HmrcConnections");
        }
    }
}
