using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MtdIncomeTax.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AgentPractices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PracticeId",
                table: "Users",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PracticeId",
                table: "HmrcConnections",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Arn",
                table: "AuthorisationAttempts",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PracticeId",
                table: "AuthorisationAttempts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgentPractices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExternalId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Arn = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentPractices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgentClients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Nino = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: false),
                    Postcode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    AgentType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    InvitationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ClientActionUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    InvitationCreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    InvitationExpiresOn = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastCheckedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastCheckRunId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SearchText = table.Column<string>(type: "nvarchar(220)", maxLength: 220, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentClients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgentClients_AgentPractices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "AgentPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClientCheckRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Checked = table.Column<int>(type: "int", nullable: false),
                    Changed = table.Column<int>(type: "int", nullable: false),
                    Failed = table.Column<int>(type: "int", nullable: false),
                    SummaryJson = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    StopReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LeaseHolder = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LeaseExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientCheckRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientCheckRuns_AgentPractices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "AgentPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Users_PracticeId",
                table: "Users",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_HmrcConnections_PracticeId",
                table: "HmrcConnections",
                column: "PracticeId",
                unique: true,
                filter: "[PracticeId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AgentClients_PracticeId_LastCheckRunId",
                table: "AgentClients",
                columns: new[] { "PracticeId", "LastCheckRunId" });

            migrationBuilder.CreateIndex(
                name: "IX_AgentClients_PracticeId_Nino",
                table: "AgentClients",
                columns: new[] { "PracticeId", "Nino" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgentClients_PracticeId_Status",
                table: "AgentClients",
                columns: new[] { "PracticeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AgentPractices_ExternalId",
                table: "AgentPractices",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClientCheckRuns_PracticeId_StartedAt",
                table: "ClientCheckRuns",
                columns: new[] { "PracticeId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientCheckRuns_Status",
                table: "ClientCheckRuns",
                column: "Status");

            migrationBuilder.AddForeignKey(
                name: "FK_HmrcConnections_AgentPractices_PracticeId",
                table: "HmrcConnections",
                column: "PracticeId",
                principalTable: "AgentPractices",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Users_AgentPractices_PracticeId",
                table: "Users",
                column: "PracticeId",
                principalTable: "AgentPractices",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_HmrcConnections_AgentPractices_PracticeId",
                table: "HmrcConnections");

            migrationBuilder.DropForeignKey(
                name: "FK_Users_AgentPractices_PracticeId",
                table: "Users");

            migrationBuilder.DropTable(
                name: "AgentClients");

            migrationBuilder.DropTable(
                name: "ClientCheckRuns");

            migrationBuilder.DropTable(
                name: "AgentPractices");

            migrationBuilder.DropIndex(
                name: "IX_Users_PracticeId",
                table: "Users");

            migrationBuilder.DropIndex(
                name: "IX_HmrcConnections_PracticeId",
                table: "HmrcConnections");

            migrationBuilder.DropColumn(
                name: "PracticeId",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "PracticeId",
                table: "HmrcConnections");

            migrationBuilder.DropColumn(
                name: "Arn",
                table: "AuthorisationAttempts");

            migrationBuilder.DropColumn(
                name: "PracticeId",
                table: "AuthorisationAttempts");
        }
    }
}
