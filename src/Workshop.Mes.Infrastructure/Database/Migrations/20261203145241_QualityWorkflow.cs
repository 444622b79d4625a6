using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workshop.Mes.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class QualityWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "action_due_on",
                schema: "quality",
                table: "defect_records",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "action_owner_id",
                schema: "quality",
                table: "defect_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "analysed_at",
                schema: "quality",
                table: "defect_records",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "suspected_lot_id",
                schema: "quality",
                table: "defect_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "suspected_workstation_id",
                schema: "quality",
                table: "defect_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_action_owner_id",
                schema: "quality",
                table: "defect_records",
                column: "action_owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_suspected_lot_id",
                schema: "quality",
                table: "defect_records",
                column: "suspected_lot_id");

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_suspected_workstation_id",
                schema: "quality",
                table: "defect_records",
                column: "suspected_workstation_id");

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_workshop_id_defect_code_id_recorded_at",
                schema: "quality",
                table: "defect_records",
                columns: new[] { "workshop_id", "defect_code_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_workshop_id_status_recorded_at",
                schema: "quality",
                table: "defect_records",
                columns: new[] { "workshop_id", "status", "recorded_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_defect_records_lots_suspected_lot_id",
                schema: "quality",
                table: "defect_records",
                column: "suspected_lot_id",
                principalSchema: "inventory",
                principalTable: "lots",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_defect_records_workers_action_owner_id",
                schema: "quality",
                table: "defect_records",
                column: "action_owner_id",
                principalSchema: "tenancy",
                principalTable: "workers",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_defect_records_workstations_suspected_workstation_id",
                schema: "quality",
                table: "defect_records",
                column: "suspected_workstation_id",
                principalSchema: "catalog",
                principalTable: "workstations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_defect_records_lots_suspected_lot_id",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropForeignKey(
                name: "fk_defect_records_workers_action_owner_id",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropForeignKey(
                name: "fk_defect_records_workstations_suspected_workstation_id",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropIndex(
                name: "ix_defect_records_action_owner_id",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropIndex(
                name: "ix_defect_records_suspected_lot_id",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropIndex(
                name: "ix_defect_records_suspected_workstation_id",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropIndex(
                name: "ix_defect_records_workshop_id_defect_code_id_recorded_at",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropIndex(
                name: "ix_defect_records_workshop_id_status_recorded_at",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropColumn(
                name: "action_due_on",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropColumn(
                name: "action_owner_id",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropColumn(
                name: "analysed_at",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropColumn(
                name: "suspected_lot_id",
                schema: "quality",
                table: "defect_records");

            migrationBuilder.DropColumn(
                name: "suspected_workstation_id",
                schema: "quality",
                table: "defect_records");
        }
    }
}
