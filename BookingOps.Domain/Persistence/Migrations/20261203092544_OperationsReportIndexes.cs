using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OperationsReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_FieldReceipts_ReceivedOn_Method",
                table: "FieldReceipts",
                columns: new[] { "ReceivedOn", "Method" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_EndsAt_Status",
                table: "Bookings",
                columns: new[] { "EndsAt", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AssetMovements_At",
                table: "AssetMovements",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FieldReceipts_ReceivedOn_Method",
                table: "FieldReceipts");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_EndsAt_Status",
                table: "Bookings");

            migrationBuilder.DropIndex(
                name: "IX_AssetMovements_At",
                table: "AssetMovements");
        }
    }
}
