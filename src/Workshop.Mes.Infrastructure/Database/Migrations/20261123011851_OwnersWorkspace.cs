using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workshop.Mes.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class OwnersWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "api");

            migrationBuilder.AddColumn<Guid>(
                name: "backflush_location_id",
                schema: "catalog",
                table: "items",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "catalog",
                table: "bom_lines",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "idempotent_requests",
                schema: "api",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    location = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    e_tag = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    response_body = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotent_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_idempotent_requests_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_items_backflush_location_id",
                schema: "catalog",
                table: "items",
                column: "backflush_location_id");

            migrationBuilder.CreateIndex(
                name: "ix_idempotent_requests_workshop_id_key",
                schema: "api",
                table: "idempotent_requests",
                columns: new[] { "workshop_id", "key" },
                unique: true);

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

            migrationBuilder.DropTable(
                name: "idempotent_requests",
                schema: "api");

            migrationBuilder.DropIndex(
                name: "ix_items_backflush_location_id",
                schema: "catalog",
                table: "items");

            migrationBuilder.DropColumn(
                name: "backflush_location_id",
                schema: "catalog",
                table: "items");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "catalog",
                table: "bom_lines");
        }
    }
}
