using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MtdIncomeTax.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DisconnectedAt",
                table: "HmrcConnections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresAt",
                table: "HmrcConnections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseHolder",
                table: "HmrcConnections",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RefreshFailureCount",
                table: "HmrcConnections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "RetryRefreshAfter",
                table: "HmrcConnections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrantReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HmrcApiCalls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Endpoint = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    HmrcCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: false)
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
