using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryOrderFieldWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DeliveryOrderId",
                table: "Invoices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "DeliveryOrders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // orders written before kinds existed were all deliveries

            migrationBuilder.AddColumn<string>(
                name: "OverrideReason",
                table: "DeliveryOrders",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Stage",
                table: "DeliveryOrders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "StageReachedAt",
                table: "DeliveryOrders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeliveryOrderId",
                table: "AssetMovements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CollectionReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeliveryOrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    RemindOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectionReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollectionReminders_DeliveryOrders_DeliveryOrderId",
                        column: x => x.DeliveryOrderId,
                        principalTable: "DeliveryOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeliveryOrderPhotos",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeliveryOrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    SizeBytes = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryOrderPhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliveryOrderPhotos_DeliveryOrders_DeliveryOrderId",
                        column: x => x.DeliveryOrderId,
                        principalTable: "DeliveryOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FieldProblems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeliveryOrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldProblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FieldProblems_DeliveryOrders_DeliveryOrderId",
                        column: x => x.DeliveryOrderId,
                        principalTable: "DeliveryOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FieldReceipts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeliveryOrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PaymentId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FieldReceipts_DeliveryOrders_DeliveryOrderId",
                        column: x => x.DeliveryOrderId,
                        principalTable: "DeliveryOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldReceipts_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<int>(type: "INTEGER", nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "LorryTrips",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeliveryOrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LorryId = table.Column<int>(type: "INTEGER", nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DepartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LoggedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LorryTrips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LorryTrips_Assets_LorryId",
                        column: x => x.LorryId,
                        principalTable: "Assets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LorryTrips_DeliveryOrders_DeliveryOrderId",
                        column: x => x.DeliveryOrderId,
                        principalTable: "DeliveryOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_DeliveryOrderId",
                table: "Invoices",
                column: "DeliveryOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrders_BookNumber",
                table: "DeliveryOrders",
                column: "BookNumber");

            migrationBuilder.CreateIndex(
                name: "IX_AssetMovements_DeliveryOrderId",
                table: "AssetMovements",
                column: "DeliveryOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionReminders_DeliveryOrderId",
                table: "CollectionReminders",
                column: "DeliveryOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionReminders_RaisedAt_RemindOn",
                table: "CollectionReminders",
                columns: new[] { "RaisedAt", "RemindOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrderPhotos_DeliveryOrderId",
                table: "DeliveryOrderPhotos",
                column: "DeliveryOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryOrderPhotos_IdempotencyKey",
                table: "DeliveryOrderPhotos",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FieldProblems_DeliveryOrderId",
                table: "FieldProblems",
                column: "DeliveryOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldProblems_IdempotencyKey",
                table: "FieldProblems",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FieldReceipts_DeliveryOrderId",
                table: "FieldReceipts",
                column: "DeliveryOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldReceipts_IdempotencyKey",
                table: "FieldReceipts",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FieldReceipts_PaymentId",
                table: "FieldReceipts",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldReceipts_ReceiptNumber",
                table: "FieldReceipts",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LorryTrips_DeliveryOrderId",
                table: "LorryTrips",
                column: "DeliveryOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_LorryTrips_IdempotencyKey",
                table: "LorryTrips",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LorryTrips_LorryId_DepartedAt",
                table: "LorryTrips",
                columns: new[] { "LorryId", "DepartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_SourceKey",
                table: "Notifications",
                column: "SourceKey",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AssetMovements_DeliveryOrders_DeliveryOrderId",
                table: "AssetMovements",
                column: "DeliveryOrderId",
                principalTable: "DeliveryOrders",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

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
                name: "FK_AssetMovements_DeliveryOrders_DeliveryOrderId",
                table: "AssetMovements");

            migrationBuilder.DropForeignKey(
                name: "FK_Invoices_DeliveryOrders_DeliveryOrderId",
                table: "Invoices");

            migrationBuilder.DropTable(
                name: "CollectionReminders");

            migrationBuilder.DropTable(
                name: "DeliveryOrderPhotos");

            migrationBuilder.DropTable(
                name: "FieldProblems");

            migrationBuilder.DropTable(
                name: "FieldReceipts");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "LorryTrips");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_DeliveryOrderId",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_DeliveryOrders_BookNumber",
                table: "DeliveryOrders");

            migrationBuilder.DropIndex(
                name: "IX_AssetMovements_DeliveryOrderId",
                table: "AssetMovements");

            migrationBuilder.DropColumn(
                name: "DeliveryOrderId",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "DeliveryOrders");

            migrationBuilder.DropColumn(
                name: "OverrideReason",
                table: "DeliveryOrders");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "DeliveryOrders");

            migrationBuilder.DropColumn(
                name: "StageReachedAt",
                table: "DeliveryOrders");

            migrationBuilder.DropColumn(
                name: "DeliveryOrderId",
                table: "AssetMovements");
        }
    }
}
