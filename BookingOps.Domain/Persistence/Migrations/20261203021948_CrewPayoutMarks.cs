using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CrewPayoutMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PayoutLines_CrewAssignmentId_IsReversed",
                table: "PayoutLines");

            migrationBuilder.AddColumn<bool>(
                name: "IsPaid",
                table: "CrewAssignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Jobs already paid by a live payout carry the mark from the start.
            migrationBuilder.Sql("UPDATE \"CrewAssignments\" SET \"IsPaid\" = 1 WHERE \"Id\" IN (SELECT \"CrewAssignmentId\" FROM \"PayoutLines\" WHERE \"IsReversed\" = 0);");

            migrationBuilder.CreateIndex(
                name: "IX_CrewAssignments_Unpaid",
                table: "CrewAssignments",
                columns: new[] { "Status", "EndsAt" },
                filter: "NOT (\"IsPaid\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrewAssignments_Unpaid",
                table: "CrewAssignments");

            migrationBuilder.DropColumn(
                name: "IsPaid",
                table: "CrewAssignments");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutLines_CrewAssignmentId_IsReversed",
                table: "PayoutLines",
                columns: new[] { "CrewAssignmentId", "IsReversed" });
        }
    }
}
