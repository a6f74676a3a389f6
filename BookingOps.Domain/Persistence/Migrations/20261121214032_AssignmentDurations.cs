using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AssignmentDurations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DurationMinutes",
                table: "CrewAssignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_CrewAssignments_DurationMinutes",
                table: "CrewAssignments",
                column: "DurationMinutes");

            // Existing assignments get their real durations (instants are stored as UTC ticks; 600,000,000 per minute).
            migrationBuilder.Sql("""
                UPDATE "CrewAssignments"
                SET "DurationMinutes" = ("EndsAt" - "StartsAt" + 599999999) / 600000000;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrewAssignments_DurationMinutes",
                table: "CrewAssignments");

            migrationBuilder.DropColumn(
                name: "DurationMinutes",
                table: "CrewAssignments");
        }
    }
}
