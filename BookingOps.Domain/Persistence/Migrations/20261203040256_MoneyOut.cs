using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MoneyOut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "CrewAssignmentId",
                table: "PayoutLines",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "ExpenseId",
                table: "PayoutLines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPaid",
                table: "CrewAssignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Jobs already paid by a live payout carry the mark from the start.
            migrationBuilder.Sql("UPDATE \"CrewAssignments\" SET \"IsPaid\" = 1 WHERE \"Id\" IN (SELECT \"CrewAssignmentId\" FROM \"PayoutLines\" WHERE \"IsReversed\" = 0);");

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

            migrationBuilder.CreateTable(
                name: "ExpenseCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false, collation: "NOCASE"),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpenseCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RememberedMappings",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Columns = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RememberedMappings", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "Expenses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    SpentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    Tax = table.Column<decimal>(type: "TEXT", nullable: false),
                    Vendor = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CrewMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    BookingId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeliveryOrderId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReceiptFileName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    ReceiptContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsPaid = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Expenses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Expenses_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Expenses_CrewMembers_CrewMemberId",
                        column: x => x.CrewMemberId,
                        principalTable: "CrewMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Expenses_DeliveryOrders_DeliveryOrderId",
                        column: x => x.DeliveryOrderId,
                        principalTable: "DeliveryOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Expenses_ExpenseCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "ExpenseCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "ExpenseCategories",
                columns: new[] { "Id", "IsActive", "Kind", "Name", "Version" },
                values: new object[,]
                {
                    { 1, true, 2, "Fuel", 0L },
                    { 2, true, 2, "Maintenance", 0L },
                    { 3, true, 2, "Salary", 0L },
                    { 4, true, 2, "Rent", 0L },
                    { 5, true, 2, "Other", 0L },
                    { 6, true, 1, "Travel", 0L },
                    { 7, true, 1, "Meals", 0L },
                    { 8, true, 1, "Materials", 0L },
                    { 9, true, 1, "Parking and tolls", 0L },
                    { 10, true, 1, "Other", 0L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutLines_ExpenseId",
                table: "PayoutLines",
                column: "ExpenseId",
                unique: true,
                filter: "\"IsReversed\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutLines_ExpenseId_IsReversed",
                table: "PayoutLines",
                columns: new[] { "ExpenseId", "IsReversed" });

            migrationBuilder.AddCheckConstraint(
                name: "CK_PayoutLines_PaysOneThing",
                table: "PayoutLines",
                sql: "(\"CrewAssignmentId\" IS NULL) <> (\"ExpenseId\" IS NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_CrewAssignments_Unpaid",
                table: "CrewAssignments",
                columns: new[] { "Status", "EndsAt" },
                filter: "NOT (\"IsPaid\")");

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

            migrationBuilder.CreateIndex(
                name: "IX_ExpenseCategories_Kind_Name",
                table: "ExpenseCategories",
                columns: new[] { "Kind", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_BookingId_SpentOn",
                table: "Expenses",
                columns: new[] { "BookingId", "SpentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_CategoryId_SpentOn",
                table: "Expenses",
                columns: new[] { "CategoryId", "SpentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_CrewMemberId_SpentOn",
                table: "Expenses",
                columns: new[] { "CrewMemberId", "SpentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_DeliveryOrderId",
                table: "Expenses",
                column: "DeliveryOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_Kind_SpentOn",
                table: "Expenses",
                columns: new[] { "Kind", "SpentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_Number",
                table: "Expenses",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_Status_Kind",
                table: "Expenses",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_Unpaid",
                table: "Expenses",
                columns: new[] { "Status", "CrewMemberId" },
                filter: "NOT (\"IsPaid\")");

            migrationBuilder.AddForeignKey(
                name: "FK_PayoutLines_Expenses_ExpenseId",
                table: "PayoutLines",
                column: "ExpenseId",
                principalTable: "Expenses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PayoutLines_Expenses_ExpenseId",
                table: "PayoutLines");

            migrationBuilder.DropTable(
                name: "Commissions");

            migrationBuilder.DropTable(
                name: "Expenses");

            migrationBuilder.DropTable(
                name: "RememberedMappings");

            migrationBuilder.DropTable(
                name: "ExpenseCategories");

            migrationBuilder.DropIndex(
                name: "IX_PayoutLines_ExpenseId",
                table: "PayoutLines");

            migrationBuilder.DropIndex(
                name: "IX_PayoutLines_ExpenseId_IsReversed",
                table: "PayoutLines");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PayoutLines_PaysOneThing",
                table: "PayoutLines");

            migrationBuilder.DropIndex(
                name: "IX_CrewAssignments_Unpaid",
                table: "CrewAssignments");

            migrationBuilder.DropColumn(
                name: "ExpenseId",
                table: "PayoutLines");

            migrationBuilder.DropColumn(
                name: "IsPaid",
                table: "CrewAssignments");

            migrationBuilder.DropColumn(
                name: "DefaultCommissionPercent",
                table: "BusinessProfiles");

            migrationBuilder.AlterColumn<int>(
                name: "CrewAssignmentId",
                table: "PayoutLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
