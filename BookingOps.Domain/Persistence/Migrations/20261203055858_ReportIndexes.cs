using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_IssuedOn",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_CrewAssignments_StartsAt",
                table: "CrewAssignments");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_IssuedOn_Status_Total",
                table: "Invoices",
                columns: new[] { "IssuedOn", "Status", "Total" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_Status_SpentOn_CategoryId_Amount",
                table: "Expenses",
                columns: new[] { "Status", "SpentOn", "CategoryId", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_CrewAssignments_StartsAt_Status_Fee",
                table: "CrewAssignments",
                columns: new[] { "StartsAt", "Status", "Fee" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_IssuedOn_Status_Total",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Expenses_Status_SpentOn_CategoryId_Amount",
                table: "Expenses");

            migrationBuilder.DropIndex(
                name: "IX_CrewAssignments_StartsAt_Status_Fee",
                table: "CrewAssignments");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_IssuedOn",
                table: "Invoices",
                column: "IssuedOn");

            migrationBuilder.CreateIndex(
                name: "IX_CrewAssignments_StartsAt",
                table: "CrewAssignments",
                column: "StartsAt");
        }
    }
}
