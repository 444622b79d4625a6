using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workshop.Mes.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class Issue4Foundation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "backflush_location_id",
                schema: "catalog",
                table: "items",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_items_backflush_location_id",
                schema: "catalog",
                table: "items",
                column: "backflush_location_id");

            migrationBuilder.AddForeignKey(
                name: "fk_items_locations_backflush_location_id",
                schema: "catalog",
                table: "items",
                column: "backflush_location_id",
                principalSchema: "catalog",
                principalTable: "locations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_items_locations_backflush_location_id",
                schema: "catalog",
                table: "items");

            migrationBuilder.DropIndex(
                name: "ix_items_backflush_location_id",
                schema: "catalog",
                table: "items");

            migrationBuilder.DropColumn(
                name: "backflush_location_id",
                schema: "catalog",
                table: "items");
        }
    }
}
