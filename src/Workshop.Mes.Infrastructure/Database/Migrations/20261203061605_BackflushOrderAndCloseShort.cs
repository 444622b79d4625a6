using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workshop.Mes.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class BackflushOrderAndCloseShort : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "closed_short_reason",
                schema: "work_orders",
                table: "work_orders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "consumption_rank",
                schema: "catalog",
                table: "locations",
                type: "integer",
                nullable: true);

            // ADR 0033: existing workshops consume from the floor (line side) first, then the store; finished goods and
            // quarantine stay out of the order until the owner puts a location in it.
            migrationBuilder.Sql("UPDATE catalog.locations SET consumption_rank = CASE kind WHEN 'Floor' THEN 1 WHEN 'Store' THEN 2 END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "closed_short_reason",
                schema: "work_orders",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "consumption_rank",
                schema: "catalog",
                table: "locations");
        }
    }
}
