using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workshop.Mes.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class StageAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "assessment");

            migrationBuilder.AddColumn<bool>(
                name: "scanned",
                schema: "shop_floor",
                table: "production_events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "dashboard_visits",
                schema: "dashboard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    view = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dashboard_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_dashboard_visits_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicator_verifications",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_id = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    step = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    attachment_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    attachment_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    attachment = table.Column<byte[]>(type: "bytea", nullable: true),
                    verified_by = table.Column<Guid>(type: "uuid", nullable: false),
                    verified_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_verifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_indicator_verifications_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "peer_aggregates",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    workshops = table.Column<int>(type: "integer", nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    figures = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_peer_aggregates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "self_assessment_answers",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_id = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    step = table.Column<int>(type: "integer", nullable: false),
                    answered_by = table.Column<Guid>(type: "uuid", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_self_assessment_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_self_assessment_answers_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stage_assessments",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assessor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    window_from = table.Column<DateOnly>(type: "date", nullable: false),
                    window_to = table.Column<DateOnly>(type: "date", nullable: false),
                    catalogue_version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    rules_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    report = table.Column<string>(type: "jsonb", nullable: false),
                    sign_off_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    signed_off_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stage_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_stage_assessments_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stage_evaluations",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    week_of = table.Column<DateOnly>(type: "date", nullable: false),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    catalogue_version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    rules_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    achievements = table.Column<string>(type: "jsonb", nullable: false),
                    gated_stage = table.Column<int>(type: "integer", nullable: false),
                    fractional_stage = table.Column<double>(type: "double precision", nullable: false),
                    index = table.Column<double>(type: "double precision", nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stage_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_stage_evaluations_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stock_count_lines",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    location_id = table.Column<Guid>(type: "uuid", nullable: false),
                    on_hand = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    counted = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    counted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_count_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_stock_count_lines_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "catalog",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_count_lines_locations_location_id",
                        column: x => x.location_id,
                        principalSchema: "catalog",
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_count_lines_lots_lot_id",
                        column: x => x.lot_id,
                        principalSchema: "inventory",
                        principalTable: "lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_count_lines_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workshop_goals",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kpi = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workshop_goals", x => x.id);
                    table.ForeignKey(
                        name: "fk_workshop_goals_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workshop_profiles",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    industry = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    production_headcount = table.Column<int>(type: "integer", nullable: false),
                    jobs_per_month = table.Column<int>(type: "integer", nullable: false),
                    cluster = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    champion_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    has_machines = table.Column<bool>(type: "boolean", nullable: false),
                    keeps_stock = table.Column<bool>(type: "boolean", nullable: false),
                    in_benchmarks = table.Column<bool>(type: "boolean", nullable: false),
                    confirmed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workshop_profiles", x => x.id);
                    table.ForeignKey(
                        name: "fk_workshop_profiles_workshops_workshop_id",
                        column: x => x.workshop_id,
                        principalSchema: "tenancy",
                        principalTable: "workshops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dashboard_visits_workshop_id_day",
                schema: "dashboard",
                table: "dashboard_visits",
                columns: new[] { "workshop_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_dashboard_visits_workshop_id_user_id_view_day",
                schema: "dashboard",
                table: "dashboard_visits",
                columns: new[] { "workshop_id", "user_id", "view", "day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_verifications_workshop_id_indicator_id",
                schema: "assessment",
                table: "indicator_verifications",
                columns: new[] { "workshop_id", "indicator_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_peer_aggregates_level_key",
                schema: "assessment",
                table: "peer_aggregates",
                columns: new[] { "level", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_self_assessment_answers_workshop_id_indicator_id",
                schema: "assessment",
                table: "self_assessment_answers",
                columns: new[] { "workshop_id", "indicator_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stage_assessments_workshop_id_assessed_at",
                schema: "assessment",
                table: "stage_assessments",
                columns: new[] { "workshop_id", "assessed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_stage_assessments_workshop_id_number",
                schema: "assessment",
                table: "stage_assessments",
                columns: new[] { "workshop_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stage_evaluations_workshop_id_kind_evaluated_at",
                schema: "assessment",
                table: "stage_evaluations",
                columns: new[] { "workshop_id", "kind", "evaluated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_stage_evaluations_workshop_id_week_of",
                schema: "assessment",
                table: "stage_evaluations",
                columns: new[] { "workshop_id", "week_of" },
                unique: true,
                filter: "kind = 'Weekly'");

            migrationBuilder.CreateIndex(
                name: "ix_stock_count_lines_item_id",
                schema: "inventory",
                table: "stock_count_lines",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_count_lines_location_id",
                schema: "inventory",
                table: "stock_count_lines",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_count_lines_lot_id",
                schema: "inventory",
                table: "stock_count_lines",
                column: "lot_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_count_lines_workshop_id_counted_at",
                schema: "inventory",
                table: "stock_count_lines",
                columns: new[] { "workshop_id", "counted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_workshop_goals_workshop_id",
                schema: "assessment",
                table: "workshop_goals",
                column: "workshop_id");

            migrationBuilder.CreateIndex(
                name: "ix_workshop_profiles_workshop_id",
                schema: "assessment",
                table: "workshop_profiles",
                column: "workshop_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dashboard_visits",
                schema: "dashboard");

            migrationBuilder.DropTable(
                name: "indicator_verifications",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "peer_aggregates",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "self_assessment_answers",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "stage_assessments",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "stage_evaluations",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "stock_count_lines",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "workshop_goals",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "workshop_profiles",
                schema: "assessment");

            migrationBuilder.DropColumn(
                name: "scanned",
                schema: "shop_floor",
                table: "production_events");
        }
    }
}
