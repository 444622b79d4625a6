using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workshop.Mes.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class OrderLineSizes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "sizes",
                schema: "orders",
                table: "customer_order_lines",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "sizes",
                schema: "orders",
                table: "customer_order_lines");
        }
    }
}
