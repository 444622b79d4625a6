using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workshop.Mes.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class ReceiptUnitPriceAndItemSupplier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "unit_price",
                schema: "inventory",
                table: "stock_movements",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supplier",
                schema: "catalog",
                table: "items",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "unit_price",
                schema: "inventory",
                table: "stock_movements");

            migrationBuilder.DropColumn(
                name: "supplier",
                schema: "catalog",
                table: "items");
        }
    }
}
