using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workshop.Mes.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class DashboardRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "dashboard");

            migrationBuilder.CreateTable(
                name: "production_rollups",
                schema: "dashboard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    workstation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    product_id = table.Column<Guid>(type: "uuid", nullable: true),
                    hour = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    good_quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    scrap_quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    defect_count = table.Column<int>(type: "integer", nullable: false),
                    defect_cost = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    run_minutes = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    down_minutes = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_production_rollups", x => x.id);
                    table.ForeignKey(
                        name: "fk_production_rollups_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_production_rollups_workshop_id_hour",
                schema: "dashboard",
                table: "production_rollups",
                columns: new[] { "workshop_id", "hour" });

            migrationBuilder.CreateIndex(
                name: "ix_production_rollups_workshop_id_workstation_id_product_id_ho",
                schema: "dashboard",
                table: "production_rollups",
                columns: new[] { "workshop_id", "workstation_id", "product_id", "hour" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "production_rollups",
                schema: "dashboard");
        }
    }
}
