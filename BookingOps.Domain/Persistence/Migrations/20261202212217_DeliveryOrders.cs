using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeliveryOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BookSeries = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    BookNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    BookingId = table.Column<int>(type: "INTEGER", nullable: true),
                    ScheduledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SiteAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true, collation: "NOCASE"),
                    DriverId = table.Column<int>(type: "INTEGER", nullable: true),
                    LorryId = table.Column<int>(type: "INTEGER", nullable: true),
                    BinId = table.Column<int>(type: "INTEGER", nullable: true),
                    BinSize = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    WeightKg = table.Column<decimal>(type: "TEXT", nullable: true),
                    PaymentMethod = table.Column<int>(type: "INTEGER", nullable: true),
                    PaymentAmount = table.Column<decimal>(type: "TEXT", nullable: true),
                    RentalDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Total = table.Column<decimal>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Lines = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliveryOrders_Assets_BinId",
                        column: x => x.BinId,
                        principalTable: "Assets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeliveryOrders_Assets_LorryId",
                        column: x => x.LorryId,
                        principalTable: "Assets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeliveryOrders_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeliveryOrders_CrewMembers_DriverId",
                        column: x => x.DriverId,
                        principalTable: "CrewMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeliveryOrders_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DefaultPrice = table.Column<decimal>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkItems", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrders_BinId",
                table: "DeliveryOrders",
                column: "BinId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrders_BookingId",
                table: "DeliveryOrders",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrders_BookSeries_BookNumber",
                table: "DeliveryOrders",
                columns: new[] { "BookSeries", "BookNumber" },
                unique: true,
                filter: "\"BookNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrders_CustomerId_ScheduledOn",
                table: "DeliveryOrders",
                columns: new[] { "CustomerId", "ScheduledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrders_DriverId_ScheduledOn",
                table: "DeliveryOrders",
                columns: new[] { "DriverId", "ScheduledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrders_LorryId",
                table: "DeliveryOrders",
                column: "LorryId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrders_Number",
                table: "DeliveryOrders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrders_ScheduledOn",
                table: "DeliveryOrders",
                column: "ScheduledOn");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrders_Status_ScheduledOn",
                table: "DeliveryOrders",
                columns: new[] { "Status", "ScheduledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Name",
                table: "WorkItems",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeliveryOrders");

            migrationBuilder.DropTable(
                name: "WorkItems");
        }
    }
}
