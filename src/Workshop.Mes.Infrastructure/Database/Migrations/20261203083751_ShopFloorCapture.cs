using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workshop.Mes.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class ShopFloorCapture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "actual_minutes",
                schema: "work_orders",
                table: "work_order_steps",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<Guid>(
                name: "end_event_id",
                schema: "quality",
                table: "downtimes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "start_event_id",
                schema: "quality",
                table: "downtimes",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "photo_contents",
                schema: "quality",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_photo_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_photo_contents", x => x.id);
                    table.ForeignKey(
                        name: "fk_photo_contents_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rejected_events",
                schema: "shop_floor",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    captured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    device_id = table.Column<Guid>(type: "uuid", nullable: true),
                    work_order_step_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    resolution = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reassigned_event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rejected_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_rejected_events_floor_devices_device_id",
                        column: x => x.device_id,
                        principalSchema: "identity",
                        principalTable: "floor_devices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rejected_events_workers_worker_id",
                        column: x => x.worker_id,
                        principalSchema: "tenancy",
                        principalTable: "workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rejected_events_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "step_labour",
                schema: "shop_floor",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_order_step_id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    minutes = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_step_labour", x => x.id);
                    table.ForeignKey(
                        name: "fk_step_labour_work_order_steps_work_order_step_id",
                        column: x => x.work_order_step_id,
                        principalSchema: "work_orders",
                        principalTable: "work_order_steps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_step_labour_workers_worker_id",
                        column: x => x.worker_id,
                        principalSchema: "tenancy",
                        principalTable: "workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_step_labour_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_downtimes_workshop_id_end_event_id",
                schema: "quality",
                table: "downtimes",
                columns: new[] { "workshop_id", "end_event_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_downtimes_workshop_id_start_event_id",
                schema: "quality",
                table: "downtimes",
                columns: new[] { "workshop_id", "start_event_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_photo_contents_workshop_id_client_photo_id",
                schema: "quality",
                table: "photo_contents",
                columns: new[] { "workshop_id", "client_photo_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rejected_events_device_id",
                schema: "shop_floor",
                table: "rejected_events",
                column: "device_id");

            migrationBuilder.CreateIndex(
                name: "ix_rejected_events_worker_id",
                schema: "shop_floor",
                table: "rejected_events",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_rejected_events_workshop_id_client_event_id",
                schema: "shop_floor",
                table: "rejected_events",
                columns: new[] { "workshop_id", "client_event_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rejected_events_workshop_id_status_received_at",
                schema: "shop_floor",
                table: "rejected_events",
                columns: new[] { "workshop_id", "status", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_step_labour_work_order_step_id_worker_id",
                schema: "shop_floor",
                table: "step_labour",
                columns: new[] { "work_order_step_id", "worker_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_step_labour_worker_id",
                schema: "shop_floor",
                table: "step_labour",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_step_labour_workshop_id",
                schema: "shop_floor",
                table: "step_labour",
                column: "workshop_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "photo_contents",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "rejected_events",
                schema: "shop_floor");

            migrationBuilder.DropTable(
                name: "step_labour",
                schema: "shop_floor");

            migrationBuilder.DropIndex(
                name: "ix_downtimes_workshop_id_end_event_id",
                schema: "quality",
                table: "downtimes");

            migrationBuilder.DropIndex(
                name: "ix_downtimes_workshop_id_start_event_id",
                schema: "quality",
                table: "downtimes");

            migrationBuilder.DropColumn(
                name: "actual_minutes",
                schema: "work_orders",
                table: "work_order_steps");

            migrationBuilder.DropColumn(
                name: "end_event_id",
                schema: "quality",
                table: "downtimes");

            migrationBuilder.DropColumn(
                name: "start_event_id",
                schema: "quality",
                table: "downtimes");
        }
    }
}
