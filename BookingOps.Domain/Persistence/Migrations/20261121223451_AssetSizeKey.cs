using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AssetSizeKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SizeKey",
                table: "Assets",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assets_Kind_SizeKey",
                table: "Assets",
                columns: new[] { "Kind", "SizeKey" });

            // Existing assets get the key AssetSize.Key would give them.
            migrationBuilder.Sql("""
                UPDATE Assets SET SizeKey = NULLIF(
                    replace(replace(replace(replace(replace(replace(replace(
                        lower(Size), ' ', ''), char(9), ''), 'feet', ''), 'ft', ''), '''', ''), 'x', '×'), '*', '×'),
                    '')
                WHERE Size IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Assets_Kind_SizeKey",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "SizeKey",
                table: "Assets");
        }
    }
}
