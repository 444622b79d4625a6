using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workshop.Mes.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "audit");

            migrationBuilder.EnsureSchema(
                name: "catalog");

            migrationBuilder.EnsureSchema(
                name: "orders");

            migrationBuilder.EnsureSchema(
                name: "quality");

            migrationBuilder.EnsureSchema(
                name: "inventory");

            migrationBuilder.EnsureSchema(
                name: "tenancy");

            migrationBuilder.EnsureSchema(
                name: "shop_floor");

            migrationBuilder.EnsureSchema(
                name: "work_orders");

            migrationBuilder.CreateTable(
                name: "workshops",
                schema: "tenancy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    industry = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    headcount = table.Column<int>(type: "integer", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    allow_negative_stock = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workshops", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    device_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ip_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_audit_entries_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "customer_orders",
                schema: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ordered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_orders", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_orders_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "defect_codes",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    color = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    icon = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_defect_codes", x => x.id);
                    table.ForeignKey(
                        name: "fk_defect_codes_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "downtime_reasons",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    planned = table.Column<bool>(type: "boolean", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_downtime_reasons", x => x.id);
                    table.ForeignKey(
                        name: "fk_downtime_reasons_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "items",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    standard_cost = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    reorder_point = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    safety_stock = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    lead_time_days = table.Column<int>(type: "integer", nullable: false),
                    lot_tracked = table.Column<bool>(type: "boolean", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_items_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "locations",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_locations", x => x.id);
                    table.ForeignKey(
                        name: "fk_locations_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "number_sequences",
                schema: "tenancy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    prefix = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    period = table.Column<DateOnly>(type: "date", nullable: false),
                    last_value = table.Column<int>(type: "integer", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_number_sequences", x => x.id);
                    table.ForeignKey(
                        name: "fk_number_sequences_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workers",
                schema: "tenancy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    badge_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    pin_hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    hourly_cost = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workers", x => x.id);
                    table.ForeignKey(
                        name: "fk_workers_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workstations",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    hours_per_day = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workstations", x => x.id);
                    table.ForeignKey(
                        name: "fk_workstations_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "shipments",
                schema: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shipped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipments", x => x.id);
                    table.ForeignKey(
                        name: "fk_shipments_customer_orders_customer_order_id",
                        column: x => x.customer_order_id,
                        principalSchema: "orders",
                        principalTable: "customer_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_shipments_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bom_lines",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    component_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quantity_per = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bom_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_bom_lines_items_component_id",
                        column: x => x.component_id,
                        principalSchema: "catalog",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bom_lines_items_product_id",
                        column: x => x.product_id,
                        principalSchema: "catalog",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_bom_lines_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "customer_order_lines",
                schema: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    shipped_quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_order_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_order_lines_customer_orders_customer_order_id",
                        column: x => x.customer_order_id,
                        principalSchema: "orders",
                        principalTable: "customer_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_customer_order_lines_items_product_id",
                        column: x => x.product_id,
                        principalSchema: "catalog",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_customer_order_lines_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lots",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    supplier_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    produced_by_work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lots", x => x.id);
                    table.ForeignKey(
                        name: "fk_lots_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "catalog",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_lots_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "downtimes",
                schema: "quality",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    workstation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason_id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_downtimes", x => x.id);
                    table.ForeignKey(
                        name: "fk_downtimes_downtime_reasons_reason_id",
                        column: x => x.reason_id,
                        principalSchema: "catalog",
                        principalTable: "downtime_reasons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_downtimes_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_downtimes_workstations_workstation_id",
                        column: x => x.workstation_id,
                        principalSchema: "catalog",
                        principalTable: "workstations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "routing_steps",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    operation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    workstation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    setup_minutes = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    run_minutes_per_unit = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    requires_inspection = table.Column<bool>(type: "boolean", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_routing_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_routing_steps_items_product_id",
                        column: x => x.product_id,
                        principalSchema: "catalog",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_routing_steps_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_routing_steps_workstations_workstation_id",
                        column: x => x.workstation_id,
                        principalSchema: "catalog",
                        principalTable: "workstations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_orders",
                schema: "work_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    priority = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_order_line_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    held_from = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    hold_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_orders", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_orders_customer_order_lines_customer_order_line_id",
                        column: x => x.customer_order_line_id,
                        principalSchema: "orders",
                        principalTable: "customer_order_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_work_orders_items_product_id",
                        column: x => x.product_id,
                        principalSchema: "catalog",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_work_orders_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "shipment_lines",
                schema: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    shipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_order_line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_shipment_lines_customer_order_lines_customer_order_line_id",
                        column: x => x.customer_order_line_id,
                        principalSchema: "orders",
                        principalTable: "customer_order_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_shipment_lines_lots_lot_id",
                        column: x => x.lot_id,
                        principalSchema: "inventory",
                        principalTable: "lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_shipment_lines_shipments_shipment_id",
                        column: x => x.shipment_id,
                        principalSchema: "orders",
                        principalTable: "shipments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_shipment_lines_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stock_balances",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    location_id = table.Column<Guid>(type: "uuid", nullable: false),
                    on_hand = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_balances", x => x.id);
                    table.ForeignKey(
                        name: "fk_stock_balances_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "catalog",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_balances_locations_location_id",
                        column: x => x.location_id,
                        principalSchema: "catalog",
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_balances_lots_lot_id",
                        column: x => x.lot_id,
                        principalSchema: "inventory",
                        principalTable: "lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_balances_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stock_movements",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    location_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    shipment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    transfer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_movements", x => x.id);
                    table.ForeignKey(
                        name: "fk_stock_movements_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "catalog",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_movements_locations_location_id",
                        column: x => x.location_id,
                        principalSchema: "catalog",
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_movements_lots_lot_id",
                        column: x => x.lot_id,
                        principalSchema: "inventory",
                        principalTable: "lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_movements_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_order_materials",
                schema: "work_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quantity_per = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    required_quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    consumed_quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_materials", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_materials_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "catalog",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_work_order_materials_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "work_orders",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_work_order_materials_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_order_steps",
                schema: "work_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    operation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    workstation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    setup_minutes = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    run_minutes_per_unit = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    requires_inspection = table.Column<bool>(type: "boolean", nullable: false),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    good_quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    scrap_quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_steps_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "work_orders",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_work_order_steps_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_work_order_steps_workstations_workstation_id",
                        column: x => x.workstation_id,
                        principalSchema: "catalog",
                        principalTable: "workstations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "defect_records",
                schema: "quality",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    work_order_step_id = table.Column<Guid>(type: "uuid", nullable: true),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    workstation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    material_lot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    production_event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    defect_code_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cause_category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    disposition = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    root_cause = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    corrective_action = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cost_lost_time = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    cost_material = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    cost_rework_labour = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_defect_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_defect_records_defect_codes_defect_code_id",
                        column: x => x.defect_code_id,
                        principalSchema: "catalog",
                        principalTable: "defect_codes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_defect_records_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "catalog",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_defect_records_lots_material_lot_id",
                        column: x => x.material_lot_id,
                        principalSchema: "inventory",
                        principalTable: "lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_defect_records_work_order_steps_work_order_step_id",
                        column: x => x.work_order_step_id,
                        principalSchema: "work_orders",
                        principalTable: "work_order_steps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_defect_records_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "work_orders",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_defect_records_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_defect_records_workstations_workstation_id",
                        column: x => x.workstation_id,
                        principalSchema: "catalog",
                        principalTable: "workstations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "production_events",
                schema: "shop_floor",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_order_step_id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    device_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    good_quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    scrap_quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    downtime_reason_id = table.Column<Guid>(type: "uuid", nullable: true),
                    defect_code_id = table.Column<Guid>(type: "uuid", nullable: true),
                    corrects_event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    captured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_production_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_production_events_defect_codes_defect_code_id",
                        column: x => x.defect_code_id,
                        principalSchema: "catalog",
                        principalTable: "defect_codes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_production_events_downtime_reasons_downtime_reason_id",
                        column: x => x.downtime_reason_id,
                        principalSchema: "catalog",
                        principalTable: "downtime_reasons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_production_events_production_events_corrects_event_id",
                        column: x => x.corrects_event_id,
                        principalSchema: "shop_floor",
                        principalTable: "production_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_production_events_work_order_steps_work_order_step_id",
                        column: x => x.work_order_step_id,
                        principalSchema: "work_orders",
                        principalTable: "work_order_steps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_production_events_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "work_orders",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_production_events_workers_worker_id",
                        column: x => x.worker_id,
                        principalSchema: "tenancy",
                        principalTable: "workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_production_events_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "defect_photos",
                schema: "quality",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    defect_record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    storage_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_defect_photos", x => x.id);
                    table.ForeignKey(
                        name: "fk_defect_photos_defect_records_defect_record_id",
                        column: x => x.defect_record_id,
                        principalSchema: "quality",
                        principalTable: "defect_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_defect_photos_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_workshop_id_entity_type_entity_id",
                schema: "audit",
                table: "audit_entries",
                columns: new[] { "workshop_id", "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_workshop_id_occurred_at",
                schema: "audit",
                table: "audit_entries",
                columns: new[] { "workshop_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_bom_lines_component_id",
                schema: "catalog",
                table: "bom_lines",
                column: "component_id");

            migrationBuilder.CreateIndex(
                name: "ix_bom_lines_product_id",
                schema: "catalog",
                table: "bom_lines",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_bom_lines_workshop_id_product_id_component_id",
                schema: "catalog",
                table: "bom_lines",
                columns: new[] { "workshop_id", "product_id", "component_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_customer_order_lines_customer_order_id_line_number",
                schema: "orders",
                table: "customer_order_lines",
                columns: new[] { "customer_order_id", "line_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_customer_order_lines_product_id",
                schema: "orders",
                table: "customer_order_lines",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_order_lines_workshop_id",
                schema: "orders",
                table: "customer_order_lines",
                column: "workshop_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_orders_workshop_id_number",
                schema: "orders",
                table: "customer_orders",
                columns: new[] { "workshop_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_defect_codes_workshop_id_code",
                schema: "catalog",
                table: "defect_codes",
                columns: new[] { "workshop_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_defect_photos_defect_record_id",
                schema: "quality",
                table: "defect_photos",
                column: "defect_record_id");

            migrationBuilder.CreateIndex(
                name: "ix_defect_photos_workshop_id",
                schema: "quality",
                table: "defect_photos",
                column: "workshop_id");

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_defect_code_id",
                schema: "quality",
                table: "defect_records",
                column: "defect_code_id");

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_item_id",
                schema: "quality",
                table: "defect_records",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_material_lot_id",
                schema: "quality",
                table: "defect_records",
                column: "material_lot_id");

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_work_order_id",
                schema: "quality",
                table: "defect_records",
                column: "work_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_work_order_step_id",
                schema: "quality",
                table: "defect_records",
                column: "work_order_step_id");

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_workshop_id_number",
                schema: "quality",
                table: "defect_records",
                columns: new[] { "workshop_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_workshop_id_recorded_at",
                schema: "quality",
                table: "defect_records",
                columns: new[] { "workshop_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_defect_records_workstation_id",
                schema: "quality",
                table: "defect_records",
                column: "workstation_id");

            migrationBuilder.CreateIndex(
                name: "ix_downtime_reasons_workshop_id_code",
                schema: "catalog",
                table: "downtime_reasons",
                columns: new[] { "workshop_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_downtimes_reason_id",
                schema: "quality",
                table: "downtimes",
                column: "reason_id");

            migrationBuilder.CreateIndex(
                name: "ix_downtimes_workshop_id_started_at",
                schema: "quality",
                table: "downtimes",
                columns: new[] { "workshop_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_downtimes_workstation_id",
                schema: "quality",
                table: "downtimes",
                column: "workstation_id");

            migrationBuilder.CreateIndex(
                name: "ix_items_workshop_id_code",
                schema: "catalog",
                table: "items",
                columns: new[] { "workshop_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_locations_workshop_id_code",
                schema: "catalog",
                table: "locations",
                columns: new[] { "workshop_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lots_item_id",
                schema: "inventory",
                table: "lots",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_lots_workshop_id_item_id_lot_number",
                schema: "inventory",
                table: "lots",
                columns: new[] { "workshop_id", "item_id", "lot_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_number_sequences_workshop_id_prefix_period",
                schema: "tenancy",
                table: "number_sequences",
                columns: new[] { "workshop_id", "prefix", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_production_events_corrects_event_id",
                schema: "shop_floor",
                table: "production_events",
                column: "corrects_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_production_events_defect_code_id",
                schema: "shop_floor",
                table: "production_events",
                column: "defect_code_id");

            migrationBuilder.CreateIndex(
                name: "ix_production_events_downtime_reason_id",
                schema: "shop_floor",
                table: "production_events",
                column: "downtime_reason_id");

            migrationBuilder.CreateIndex(
                name: "ix_production_events_work_order_id",
                schema: "shop_floor",
                table: "production_events",
                column: "work_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_production_events_work_order_step_id",
                schema: "shop_floor",
                table: "production_events",
                column: "work_order_step_id");

            migrationBuilder.CreateIndex(
                name: "ix_production_events_worker_id",
                schema: "shop_floor",
                table: "production_events",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_production_events_workshop_id_captured_at",
                schema: "shop_floor",
                table: "production_events",
                columns: new[] { "workshop_id", "captured_at" });

            migrationBuilder.CreateIndex(
                name: "ix_production_events_workshop_id_client_event_id",
                schema: "shop_floor",
                table: "production_events",
                columns: new[] { "workshop_id", "client_event_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_routing_steps_product_id",
                schema: "catalog",
                table: "routing_steps",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_routing_steps_workshop_id_product_id_sequence",
                schema: "catalog",
                table: "routing_steps",
                columns: new[] { "workshop_id", "product_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_routing_steps_workstation_id",
                schema: "catalog",
                table: "routing_steps",
                column: "workstation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lines_customer_order_line_id",
                schema: "orders",
                table: "shipment_lines",
                column: "customer_order_line_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lines_lot_id",
                schema: "orders",
                table: "shipment_lines",
                column: "lot_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lines_shipment_id",
                schema: "orders",
                table: "shipment_lines",
                column: "shipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lines_workshop_id",
                schema: "orders",
                table: "shipment_lines",
                column: "workshop_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_customer_order_id",
                schema: "orders",
                table: "shipments",
                column: "customer_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_workshop_id_number",
                schema: "orders",
                table: "shipments",
                columns: new[] { "workshop_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stock_balances_item_id",
                schema: "inventory",
                table: "stock_balances",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_balances_location_id",
                schema: "inventory",
                table: "stock_balances",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_balances_lot_id",
                schema: "inventory",
                table: "stock_balances",
                column: "lot_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_balances_workshop_id_item_id_lot_id_location_id",
                schema: "inventory",
                table: "stock_balances",
                columns: new[] { "workshop_id", "item_id", "lot_id", "location_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_item_id",
                schema: "inventory",
                table: "stock_movements",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_location_id",
                schema: "inventory",
                table: "stock_movements",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_lot_id",
                schema: "inventory",
                table: "stock_movements",
                column: "lot_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_workshop_id_item_id_occurred_at",
                schema: "inventory",
                table: "stock_movements",
                columns: new[] { "workshop_id", "item_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_work_order_materials_item_id",
                schema: "work_orders",
                table: "work_order_materials",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_materials_work_order_id",
                schema: "work_orders",
                table: "work_order_materials",
                column: "work_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_materials_workshop_id",
                schema: "work_orders",
                table: "work_order_materials",
                column: "workshop_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_steps_work_order_id_sequence",
                schema: "work_orders",
                table: "work_order_steps",
                columns: new[] { "work_order_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_order_steps_workshop_id_workstation_id_state",
                schema: "work_orders",
                table: "work_order_steps",
                columns: new[] { "workshop_id", "workstation_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_work_order_steps_workstation_id",
                schema: "work_orders",
                table: "work_order_steps",
                column: "workstation_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_customer_order_line_id",
                schema: "work_orders",
                table: "work_orders",
                column: "customer_order_line_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_product_id",
                schema: "work_orders",
                table: "work_orders",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_workshop_id_number",
                schema: "work_orders",
                table: "work_orders",
                columns: new[] { "workshop_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_workshop_id_status_due_date",
                schema: "work_orders",
                table: "work_orders",
                columns: new[] { "workshop_id", "status", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_workers_workshop_id_badge_code",
                schema: "tenancy",
                table: "workers",
                columns: new[] { "workshop_id", "badge_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workshops_slug",
                schema: "tenancy",
                table: "workshops",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workstations_workshop_id_code",
                schema: "catalog",
                table: "workstations",
                columns: new[] { "workshop_id", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "bom_lines",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "defect_photos",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "downtimes",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "number_sequences",
                schema: "tenancy");

            migrationBuilder.DropTable(
                name: "production_events",
                schema: "shop_floor");

            migrationBuilder.DropTable(
                name: "routing_steps",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "shipment_lines",
                schema: "orders");

            migrationBuilder.DropTable(
                name: "stock_balances",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "stock_movements",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "work_order_materials",
                schema: "work_orders");

            migrationBuilder.DropTable(
                name: "defect_records",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "downtime_reasons",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "workers",
                schema: "tenancy");

            migrationBuilder.DropTable(
                name: "shipments",
                schema: "orders");

            migrationBuilder.DropTable(
                name: "locations",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "defect_codes",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "lots",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "work_order_steps",
                schema: "work_orders");

            migrationBuilder.DropTable(
                name: "work_orders",
                schema: "work_orders");

            migrationBuilder.DropTable(
                name: "workstations",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "customer_order_lines",
                schema: "orders");

            migrationBuilder.DropTable(
                name: "customer_orders",
                schema: "orders");

            migrationBuilder.DropTable(
                name: "items",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "workshops",
                schema: "tenancy");
        }
    }
}
