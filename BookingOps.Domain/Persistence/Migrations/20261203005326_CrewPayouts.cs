using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CrewPayouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Payouts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CrewMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    PaidBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReversedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReversalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payouts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payouts_CrewMembers_CrewMemberId",
                        column: x => x.CrewMemberId,
                        principalTable: "CrewMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayoutLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PayoutId = table.Column<int>(type: "INTEGER", nullable: false),
                    CrewAssignmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    IsReversed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayoutLines_CrewAssignments_CrewAssignmentId",
                        column: x => x.CrewAssignmentId,
                        principalTable: "CrewAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PayoutLines_Payouts_PayoutId",
                        column: x => x.PayoutId,
                        principalTable: "Payouts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutLines_CrewAssignmentId",
                table: "PayoutLines",
                column: "CrewAssignmentId",
                unique: true,
                filter: "\"IsReversed\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutLines_CrewAssignmentId_IsReversed",
                table: "PayoutLines",
                columns: new[] { "CrewAssignmentId", "IsReversed" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutLines_PayoutId",
                table: "PayoutLines",
                column: "PayoutId");

            migrationBuilder.CreateIndex(
                name: "IX_Payouts_CrewMemberId_PaidOn",
                table: "Payouts",
                columns: new[] { "CrewMemberId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Payouts_Number",
                table: "Payouts",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PayoutLines");

            migrationBuilder.DropTable(
                name: "Payouts");
        }
    }
}
