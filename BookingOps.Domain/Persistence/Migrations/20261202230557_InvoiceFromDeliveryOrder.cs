using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InvoiceFromDeliveryOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DeliveryOrderId",
                table: "Invoices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_DeliveryOrderId",
                table: "Invoices",
                column: "DeliveryOrderId");

            migrationBuilder.AddForeignKey(
                name: "FK_Invoices_DeliveryOrders_DeliveryOrderId",
                table: "Invoices",
                column: "DeliveryOrderId",
                principalTable: "DeliveryOrders",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Invoices_DeliveryOrders_DeliveryOrderId",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_DeliveryOrderId",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "DeliveryOrderId",
                table: "Invoices");
        }
    }
}
