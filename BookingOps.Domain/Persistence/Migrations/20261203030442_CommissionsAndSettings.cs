using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CommissionsAndSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "DefaultCommissionPercent",
                table: "BusinessProfiles",
                type: "TEXT",
                nullable: false,
                defaultValue: 5m);

            migrationBuilder.CreateTable(
                name: "Commissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BookingId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeliveryOrderId = table.Column<int>(type: "INTEGER", nullable: true),
                    IntroducerName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IntroducerCustomerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    FixedAmount = table.Column<decimal>(type: "TEXT", nullable: true),
                    ApprovedAmount = table.Column<decimal>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidMethod = table.Column<int>(type: "INTEGER", nullable: true),
                    PaidReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PaidBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commissions", x => x.Id);
                    table.CheckConstraint("CK_Commissions_OnOneWork", "(\"BookingId\" IS NULL) <> (\"DeliveryOrderId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Commissions_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Commissions_Customers_IntroducerCustomerId",
                        column: x => x.IntroducerCustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Commissions_DeliveryOrders_DeliveryOrderId",
                        column: x => x.DeliveryOrderId,
                        principalTable: "DeliveryOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Commissions_BookingId",
                table: "Commissions",
                column: "BookingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Commissions_DeliveryOrderId",
                table: "Commissions",
                column: "DeliveryOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Commissions_IntroducerCustomerId",
                table: "Commissions",
                column: "IntroducerCustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Commissions_Number",
                table: "Commissions",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Commissions");

            migrationBuilder.DropColumn(
                name: "DefaultCommissionPercent",
                table: "BusinessProfiles");
        }
    }
}
