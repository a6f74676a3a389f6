using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MoneyOutReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Refunds_RequestedAt",
                table: "Refunds",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Payouts_PaidOn",
                table: "Payouts",
                column: "PaidOn");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ReceivedOn_Method_Amount",
                table: "Payments",
                columns: new[] { "ReceivedOn", "Method", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Commissions_ApprovedAt",
                table: "Commissions",
                column: "ApprovedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Commissions_CreatedAt",
                table: "Commissions",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Refunds_RequestedAt",
                table: "Refunds");

            migrationBuilder.DropIndex(
                name: "IX_Payouts_PaidOn",
                table: "Payouts");

            migrationBuilder.DropIndex(
                name: "IX_Payments_ReceivedOn_Method_Amount",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_Commissions_ApprovedAt",
                table: "Commissions");

            migrationBuilder.DropIndex(
                name: "IX_Commissions_CreatedAt",
                table: "Commissions");
        }
    }
}
