using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingOps.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CustomerSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A full-text index over the searchable customer fields (word-prefix matches, index-backed),
            // kept in step with the Customers table by triggers.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE CustomerSearch USING fts5(
                    Name, ContactPerson, Email, PhoneDigits,
                    content='Customers', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Customers_SearchInsert AFTER INSERT ON Customers BEGIN
                    INSERT INTO CustomerSearch(rowid, Name, ContactPerson, Email, PhoneDigits)
                    VALUES (new.Id, new.Name, new.ContactPerson, new.Email, new.PhoneDigits);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Customers_SearchDelete AFTER DELETE ON Customers BEGIN
                    INSERT INTO CustomerSearch(CustomerSearch, rowid, Name, ContactPerson, Email, PhoneDigits)
                    VALUES ('delete', old.Id, old.Name, old.ContactPerson, old.Email, old.PhoneDigits);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Customers_SearchUpdate AFTER UPDATE OF Name, ContactPerson, Email, PhoneDigits ON Customers BEGIN
                    INSERT INTO CustomerSearch(CustomerSearch, rowid, Name, ContactPerson, Email, PhoneDigits)
                    VALUES ('delete', old.Id, old.Name, old.ContactPerson, old.Email, old.PhoneDigits);
                    INSERT INTO CustomerSearch(rowid, Name, ContactPerson, Email, PhoneDigits)
                    VALUES (new.Id, new.Name, new.ContactPerson, new.Email, new.PhoneDigits);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO CustomerSearch(CustomerSearch) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER Customers_SearchUpdate;");
            migrationBuilder.Sql("DROP TRIGGER Customers_SearchDelete;");
            migrationBuilder.Sql("DROP TRIGGER Customers_SearchInsert;");
            migrationBuilder.Sql("DROP TABLE CustomerSearch;");
        }
    }
}
