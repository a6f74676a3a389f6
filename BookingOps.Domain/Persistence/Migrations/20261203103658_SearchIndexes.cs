using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PhoneDigits",
                table: "CrewMembers",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // The search box finds crew by phone digits, as it finds customers. Stored phones hold only digits
            // and the separators PhoneNumber.Pattern allows, so taking those out leaves the digits.
            migrationBuilder.Sql("""
                UPDATE CrewMembers
                SET PhoneDigits = replace(replace(replace(replace(replace(Phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', '');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_CrewMembers_PhoneDigits",
                table: "CrewMembers",
                column: "PhoneDigits");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrewMembers_PhoneDigits",
                table: "CrewMembers");

            migrationBuilder.DropColumn(
                name: "PhoneDigits",
                table: "CrewMembers");
        }
    }
}
