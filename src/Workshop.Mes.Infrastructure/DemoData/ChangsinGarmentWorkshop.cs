using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// 창신동 봉제공방: eight people, six stations, twelve garments, forty materials. Master data only; the
/// history is simulated by <see cref="ProductionHistory"/>.
/// </summary>
internal static class ChangsinGarmentWorkshop
{
    public const int HistoryWeeks = 26;

    public static WorkshopModel Create(DateTimeOffset createdAt)
    {
        var tenant = new Tenant("창신동 봉제공방", DemoWorkshops.ChangsinGarment, Industry.Garment, 8, createdAt);
        var b = new WorkshopModelBuilder(tenant);

        var misook = b.Worker("김미숙", "W001", 16_000);
        var younghee = b.Worker("박영희", "W002", 14_500);
        var jeongsoon = b.Worker("이정순", "W003", 14_000);
        var eunju = b.Worker("최은주", "W004", 13_500);
        var hyekyung = b.Worker("정혜경", "W005", 12_500);
        var sujin = b.Worker("강수진", "W006", 13_000);
        var mira = b.Worker("윤미라", "W007", 12_000);
        var jimin = b.Worker("한지민", "W008", 11_000);

        var locations = b.Locations("자재창고", "작업장", "완제품", "격리");

        var skipped = b.DefectCode("SEW-SKIP", "봉제 불량 (땀 뜀)", CauseCategory.Method, "#E53935", "gesture");
        var pucker = b.DefectCode("SEW-PUCKER", "봉제 주름 (퍼커링)", CauseCategory.Method, "#FB8C00", "waves");
        var stain = b.DefectCode("FAB-STAIN", "원단 얼룩", CauseCategory.Material, "#8E24AA", "water_drop");
        var flaw = b.DefectCode("FAB-FLAW", "원단 조직 불량 (올 풀림)", CauseCategory.Material, "#6D4C41", "texture");
        var size = b.DefectCode("CUT-SIZE", "재단 치수 오차", CauseCategory.Measurement, "#1E88E5", "straighten");
        var thread = b.DefectCode("THR-BREAK", "실 끊김", CauseCategory.Machine, "#546E7A", "link_off");
        var needle = b.DefectCode("NEEDLE", "바늘 자국·구멍", CauseCategory.Machine, "#455A64", "push_pin");
        var press = b.DefectCode("PRESS-MARK", "다림질 자국 (번들거림)", CauseCategory.Man, "#F4511E", "iron");
        var soil = b.DefectCode("SOIL", "오염 (먼지·기름)", CauseCategory.Environment, "#7CB342", "cleaning_services");
        var label = b.DefectCode("LABEL-MISS", "라벨 누락·오부착", CauseCategory.Man, "#FDD835", "label_off");

        var breakdown = b.DowntimeReason("DT-BREAK", "미싱 고장", planned: false);
        var needleChange = b.DowntimeReason("DT-NEEDLE", "바늘·실 교체", planned: false);
        var materialWait = b.DowntimeReason("DT-MATERIAL", "자재 대기", planned: false);
        var lunch = b.DowntimeReason("DT-LUNCH", "점심시간", planned: true);
        var training = b.DowntimeReason("DT-TRAINING", "교육", planned: true);
        var power = b.DowntimeReason("DT-POWER", "정전", planned: false);

        AddMaterials(b);

        (DefectCode, double)[] sewing = [(skipped, 0.35), (pucker, 0.25), (thread, 0.25), (needle, 0.15)];
        b.Station("CUT-01", "재단대", [Lane((misook, 0.85), (jimin, 0.15))], [(size, 0.7), (flaw, 0.2), (stain, 0.1)]);
        b.Station("SEW-01", "본봉 미싱 1", [Lane((younghee, 0.75), (eunju, 0.25))], sewing);
        b.Station("SEW-02", "본봉 미싱 2", [Lane((jeongsoon, 0.75), (eunju, 0.25))], sewing);
        b.Station(
            "OVL-01",
            "오버록 미싱",
            [Lane((sujin, 1.0)), new LaneSpec([(jimin, 1.0)], day => day.DayOfWeek == DayOfWeek.Monday)],
            [(thread, 0.4), (skipped, 0.3), (pucker, 0.3)],
            holdsLateWeekForMonday: true);
        b.Station("PRS-01", "다림질대", [Lane((mira, 0.9), (jimin, 0.1))], [(press, 0.7), (soil, 0.3)]);
        b.Station("PKG-01", "검사·포장대", [Lane((hyekyung, 0.8), (jimin, 0.2))], [(label, 0.4), (soil, 0.3), (stain, 0.3)]);

        AddProducts(b);

        return new WorkshopModel
        {
            Tenant = tenant,
            Workers = b.Workers,
            Locations = locations,
            Stations = b.Stations,
            Materials = b.Materials,
            Products = b.Products,
            DefectCodes = b.DefectCodes,
            DowntimeReasons = b.DowntimeReasons,
            Orders = new OrderProfile(
                HistoryWeeks,
                OrdersPerWeek: [(2, 0.75), (3, 0.23), (4, 0.02)],
                LinesPerOrder: [(1, 0.6), (2, 0.3), (3, 0.1)],
                Quantities: [new(30, 50, 0.55), new(50, 100, 0.3), new(100, 200, 0.11), new(200, 300, 0.04)],
                QuantityStep: 10,
                DueMinDays: 7,
                DueMaxDays: 21,
                SplitFrom: 200,
                Customers:
                [
                    "동대문 누죤 A-203", "동대문 디오트 2층 15호", "동대문 청평화 B-112", "스타일난다 OEM",
                    "무신사 입점 브랜드 '모노하우스'", "29CM 입점 '린넨앤코'", "지그재그 '데일리룩'", "남대문 아동복 '꼬마옷'",
                ],
                StockOrderEveryWeeks: 5,
                StockProductCodes: ["EB-01", "AP-01"],
                StockQuantity: new(80, 150, 1)),
            Defects = new DefectProfile(0.0035, PlantPatterns: true, SuspectLotCodes: [(stain, 0.45), (flaw, 0.35), (skipped, 0.2)]),
            Pauses = new PauseProfile(
                Probability: 0.03,
                Reasons:
                [
                    new(breakdown, 0.35, 20, 90, "미싱 수리 기사 호출"),
                    new(needleChange, 0.25, 5, 20, "바늘 부러짐, 실 다시 끼움"),
                    new(materialWait, 0.2, 15, 60, "부자재 불출 대기"),
                    new(training, 0.1, 30, 60, "신규 원단 취급 교육"),
                    new(power, 0.05, 20, 60, "건물 전체 정전"),
                ],
                Lunch: lunch,
                LunchPauseProbability: 0.3),
            Analyses = new Dictionary<string, DefectAnalysis>
            {
                ["SEW-SKIP"] = new("곡선 구간 봉제 속도 과다로 땀 뜀", CauseCategory.Method, "곡선 구간 저속 봉제 작업표준 배포"),
                ["SEW-PUCKER"] = new("윗실 장력 과다로 솔기 주름", CauseCategory.Machine, "주 1회 장력 점검표 도입"),
                ["FAB-STAIN"] = new("원단 롤 보관 중 먼지·습기 오염", CauseCategory.Environment, "원단 선반 덮개 설치"),
                ["FAB-FLAW"] = new("원단 조직 불량 (올 풀림)", CauseCategory.Material, "입고 시 원단 검단 실시"),
                ["CUT-SIZE"] = new("재단 패턴 모서리 마모로 치수 오차", CauseCategory.Measurement, "패턴 교체, 재단 전 치수 확인"),
                ["THR-BREAK"] = new("저가 실 사용과 장력 불균일", CauseCategory.Machine, "실 거래처 변경, 장력 조정"),
                ["NEEDLE"] = new("바늘 교체 주기 초과", CauseCategory.Machine, "바늘 교체 기록표 (8시간마다)"),
                ["PRESS-MARK"] = new("다림질 온도 과다로 번들거림", CauseCategory.Man, "원단별 다림질 온도표 부착"),
                ["SOIL"] = new("작업대 먼지·기름 오염", CauseCategory.Environment, "작업 전 작업대 청소 점검"),
                ["LABEL-MISS"] = new("포장 시 라벨 확인 누락", CauseCategory.Man, "포장 체크리스트 도입"),
            },
            Scenario = new ScenarioProfile(
                PlantPatterns: true,
                HoldAndCancel: true,
                RecentOrders:
                [
                    new(4, 10, "무신사 입점 브랜드 '모노하우스'", [("PT-01", 120), ("OP-01", 60)], IsOpenDemand: true),
                    new(3, 11, "스타일난다 OEM", [("SH-01", 240)]),
                    new(2, 15, "동대문 누죤 A-203", [("HD-01", 150), ("EB-01", 100)]),
                ],
                HoldReasons: ["고객 디자인 변경 확인 중 (칼라 모양 변경 요청)", "원단 이염 확인 — 거래처 회신 대기"]),
        };
    }

    private static LaneSpec Lane(params (Worker Worker, double Weight)[] workers) => new(workers);

    private static void AddMaterials(WorkshopModelBuilder b)
    {
        var dongdaemun = new Supplier("동대문 원단상사", "DDM");
        var daegu = new Supplier(DemoPatterns.SuspectLotSupplier, "DGT");
        var gwangjang = new Supplier("광장시장 부자재", "GJS");
        var buttons = new Supplier("신평화 단추", "SPH");
        var packaging = new Supplier("을지로 포장", "EJP");

        // Fabrics and linings are lot-tracked: a stained roll must be traceable to the garments cut from it.
        b.Material("FB-CT-WH", "면 원단 (화이트)", "yd", 4_500, daegu, 21, 1, 5, lotTracked: true);
        b.Material("FB-CT-NV", "면 원단 (네이비)", "yd", 4_800, daegu, 28, 1, 5, lotTracked: true);
        b.Material("FB-CT-BK", "면 원단 (블랙)", "yd", 4_800, daegu, 28, 1, 5, lotTracked: true);
        b.Material("FB-LN-NV", "린넨 원단 (네이비)", "yd", 7_500, dongdaemun, 28, 1, 4, lotTracked: true);
        b.Material("FB-TW-KH", "면 트윌 원단 (카키)", "yd", 5_500, dongdaemun, 35, 1, 4, lotTracked: true);
        b.Material("FB-TR-GY", "기모 쭈리 원단 (그레이)", "yd", 6_200, daegu, 28, 1, 6, lotTracked: true);
        b.Material("FB-TR-BK", "기모 쭈리 원단 (블랙)", "yd", 6_200, daegu, 28, 1, 6, lotTracked: true);
        b.Material("FB-JS-WH", "면 저지 원단 (화이트)", "yd", 3_900, dongdaemun, 28, 1, 4, lotTracked: true);
        b.Material("FB-CV-NT", "캔버스 원단 (내추럴)", "yd", 5_200, dongdaemun, 28, 1, 4, lotTracked: true);
        b.Material("FB-DN-ID", "데님 원단 (인디고)", "yd", 6_800, dongdaemun, 42, 1, 7, lotTracked: true);
        b.Material("LN-PL-BK", "안감 폴리 (블랙)", "yd", 2_200, dongdaemun, 35, 1, 4, lotTracked: true);
        b.Material("LN-PL-NV", "안감 폴리 (네이비)", "yd", 2_200, dongdaemun, 35, 1, 4, lotTracked: true);

        b.Material("IF-NW-WH", "심지 부직포 (화이트)", "m", 1_200, gwangjang, 42, 50, 3);
        b.Material("IF-WV-BK", "심지 직물 (블랙)", "m", 1_800, gwangjang, 42, 50, 3);
        b.Material("TH-PL-WH", "본봉 실 40수 (화이트)", "콘", 3_500, gwangjang, 28, 10, 2);
        b.Material("TH-PL-BK", "본봉 실 40수 (블랙)", "콘", 3_500, gwangjang, 28, 10, 2);
        b.Material("TH-PL-NV", "본봉 실 40수 (네이비)", "콘", 3_500, gwangjang, 42, 10, 2);
        b.Material("TH-OV-WH", "오버록 실 (화이트)", "콘", 2_800, gwangjang, 42, 10, 2);
        b.Material("TH-OV-BK", "오버록 실 (블랙)", "콘", 2_800, gwangjang, 42, 10, 2);
        b.Material("TH-OV-GY", "오버록 실 (그레이)", "콘", 2_800, gwangjang, 42, 10, 2);
        b.Material("TH-ST-GD", "스티치 실 (데님 금사)", "콘", 4_200, gwangjang, 56, 10, 3);
        b.Material("BT-SH-11", "셔츠 단추 11mm (화이트)", "ea", 40, buttons, 42, 500, 3);
        b.Material("BT-SH-15", "단추 15mm (블랙)", "ea", 80, buttons, 42, 500, 3);
        b.Material("BT-JK-20", "재킷 단추 20mm (메탈)", "ea", 350, buttons, 56, 200, 5);
        b.Material("SN-MT-12", "스냅 단추 12mm", "ea", 120, buttons, 56, 200, 5);
        b.Material(DemoPatterns.ShortMaterialCode, "YKK 지퍼 20cm (네이비)", "ea", 650, gwangjang, 28, 100, 10);
        b.Material("ZP-MT-60", "메탈 지퍼 60cm (블랙)", "ea", 1_800, gwangjang, 56, 50, 10);
        b.Material("ZP-CN-22", "콘솔 지퍼 22cm (블랙)", "ea", 450, gwangjang, 42, 100, 7);
        b.Material("EL-25", "고무줄 25mm", "m", 350, gwangjang, 42, 50, 3);
        b.Material("RB-GY", "시보리 원단 (그레이)", "m", 2_400, gwangjang, 42, 10, 5);
        b.Material("RB-BK", "시보리 원단 (블랙)", "m", 2_400, gwangjang, 42, 10, 5);
        b.Material("TP-BS-WH", "바이어스 테이프 (화이트)", "m", 300, gwangjang, 56, 50, 3);
        b.Material("WB-CT-NT", "면 웨빙 끈 30mm (내추럴)", "m", 600, gwangjang, 42, 50, 3);
        b.Material("CD-DR-GY", "후드 끈 (그레이)", "ea", 250, gwangjang, 56, 100, 5);
        b.Material("LB-MN", "메인 라벨 (직조)", "ea", 120, gwangjang, 42, 500, 10);
        b.Material("LB-CR", "케어 라벨", "ea", 40, gwangjang, 42, 500, 10);
        b.Material("TG-HT", "행택 (가격표)", "ea", 50, packaging, 56, 500, 5);
        b.Material("PB-30", "폴리백 30×40", "ea", 60, packaging, 42, 500, 3);
        b.Material("PB-40", "폴리백 40×50", "ea", 90, packaging, 42, 500, 3);
        b.Material("BX-M", "포장 박스 (중)", "ea", 900, packaging, 56, 50, 3);
    }

    private static void AddProducts(WorkshopModelBuilder b)
    {
        b.Product(
            "BL-01", "여성 블라우스", 8, 1.6,
            [("CUT-01", "재단", 20, 4.5m), ("SEW-01", "몸판 봉제", 15, 8), ("OVL-01", "솔기 오버록", 10, 4), ("SEW-02", "칼라·소매 봉제", 15, 8.5m), ("PRS-01", "다림질", 5, 5), ("PKG-01", "검사·포장", 5, 4)],
            [("FB-CT-WH", 1.6m), ("IF-NW-WH", 0.2m), ("TH-PL-WH", 0.02m), ("BT-SH-11", 7), ("LB-MN", 1), ("PB-30", 1)]);
        b.Product(
            "SH-01", "남성 셔츠", 8, 1.5,
            [("CUT-01", "재단", 20, 5), ("SEW-01", "앞판·요크 봉제", 15, 8.5m), ("OVL-01", "솔기 오버록", 10, 4), ("SEW-02", "칼라·커프스 봉제", 15, 10), ("PRS-01", "다림질", 5, 5), ("PKG-01", "검사·포장", 5, 4)],
            [("FB-CT-WH", 1.9m), ("IF-NW-WH", 0.3m), ("TH-PL-WH", 0.025m), ("BT-SH-11", 9), ("LB-CR", 1), ("PB-40", 1)]);
        b.Product(
            "OP-01", "원피스 (네이비)", 8, 1.0,
            [("CUT-01", "재단", 25, 5.5m), ("SEW-01", "몸판 봉제", 15, 10), ("OVL-01", "솔기 오버록", 10, 5), ("SEW-02", "지퍼·안단 봉제", 15, 8.5m), ("PRS-01", "다림질", 5, 6), ("PKG-01", "검사·포장", 5, 4)],
            [("FB-CT-NV", 2.4m), ("LN-PL-NV", 1.2m), (DemoPatterns.ShortMaterialCode, 1), ("TH-PL-NV", 0.03m), ("LB-MN", 1), ("PB-40", 1)]);
        b.Product(
            "PT-01", "린넨 바지 (네이비)", 8, 1.0,
            [("CUT-01", "재단", 20, 4.5m), ("SEW-01", "앞·뒤판 봉제", 15, 7.5m), ("OVL-01", "솔기 오버록", 10, 4), ("SEW-02", "허리·지퍼 봉제", 15, 6), ("PRS-01", "다림질", 5, 5), ("PKG-01", "검사·포장", 5, 3)],
            [("FB-LN-NV", 1.4m), (DemoPatterns.ShortMaterialCode, 1), ("EL-25", 0.4m), ("TH-PL-NV", 0.02m), ("LB-CR", 1), ("PB-40", 1)]);
        b.Product(
            "HD-01", "후드티", 10, 0.9,
            [("CUT-01", "재단", 20, 4), ("OVL-01", "몸판·소매 오버록", 15, 8), ("SEW-01", "후드·밑단 봉제", 10, 5), ("PKG-01", "검사·포장", 5, 3.5m)],
            [("FB-TR-GY", 1.8m), ("RB-GY", 0.3m), ("CD-DR-GY", 1), ("TH-OV-GY", 0.03m), ("LB-MN", 1), ("PB-40", 1)]);
        b.Product(
            "MT-01", "맨투맨", 10, 0.9,
            [("CUT-01", "재단", 15, 3.5m), ("OVL-01", "몸판·소매 오버록", 15, 7), ("SEW-02", "시보리 봉제", 10, 3.5m), ("PKG-01", "검사·포장", 5, 3)],
            [("FB-TR-BK", 1.5m), ("RB-BK", 0.35m), ("TH-OV-BK", 0.03m), ("LB-MN", 1), ("LB-CR", 1), ("PB-40", 1)]);
        b.Product(
            "KT-01", "아동 티셔츠", 15, 0.9,
            [("CUT-01", "재단", 15, 2), ("OVL-01", "몸판 오버록", 10, 4), ("SEW-02", "넥·밑단 봉제", 10, 2.5m), ("PKG-01", "검사·포장", 5, 2)],
            [("FB-JS-WH", 0.7m), ("SN-MT-12", 2), ("TH-OV-WH", 0.015m), ("LB-CR", 1), ("TG-HT", 1), ("PB-30", 1)]);
        b.Product(
            "AP-01", "앞치마", 15, 0.7,
            [("CUT-01", "재단", 15, 2), ("SEW-01", "가장자리·주머니 봉제", 10, 4), ("PRS-01", "다림질", 5, 2.5m), ("PKG-01", "검사·포장", 5, 2)],
            [("FB-CT-WH", 1.1m), ("TP-BS-WH", 2.5m), ("WB-CT-NT", 1.2m), ("TH-PL-WH", 0.015m), ("LB-MN", 1), ("PB-30", 1)]);
        b.Product(
            "EB-01", "에코백", 15, 0.8,
            [("CUT-01", "재단", 15, 2), ("SEW-02", "몸판·손잡이 봉제", 10, 4), ("PKG-01", "검사·포장", 5, 2)],
            [("FB-CV-NT", 0.9m), ("WB-CT-NT", 1.4m), ("TH-PL-WH", 0.012m), ("LB-MN", 1), ("TG-HT", 1)]);
        b.Product(
            "VT-01", "조끼", 8, 0.5,
            [("CUT-01", "재단", 20, 4), ("SEW-01", "몸판 봉제", 15, 7), ("SEW-02", "안감·단추구멍", 15, 5), ("PRS-01", "다림질", 5, 3.5m), ("PKG-01", "검사·포장", 5, 3)],
            [("FB-TW-KH", 1.2m), ("IF-WV-BK", 0.4m), ("BT-SH-15", 5), ("TH-PL-BK", 0.02m), ("LB-MN", 1), ("BX-M", 0.05m)]);
        b.Product(
            "SK-01", "스커트", 8, 0.8,
            [("CUT-01", "재단", 15, 3.5m), ("SEW-01", "몸판·지퍼 봉제", 10, 5), ("OVL-01", "솔기 오버록", 10, 3), ("PRS-01", "다림질", 5, 3.5m), ("PKG-01", "검사·포장", 5, 2.5m)],
            [("FB-CT-BK", 1.1m), ("LN-PL-BK", 0.8m), ("ZP-CN-22", 1), ("TH-PL-BK", 0.015m), ("LB-CR", 1), ("PB-30", 1)]);
        b.Product(
            "JK-01", "재킷", 6, 0.4,
            [("CUT-01", "재단", 30, 7), ("SEW-01", "몸판·안감 봉제", 20, 14), ("OVL-01", "솔기 오버록", 10, 5), ("SEW-02", "칼라·소매 봉제", 20, 12), ("PRS-01", "다림질", 10, 7), ("PKG-01", "검사·포장", 10, 5)],
            [("FB-DN-ID", 2.2m), ("LN-PL-BK", 1.6m), ("ZP-MT-60", 1), ("BT-JK-20", 2), ("TH-ST-GD", 0.04m), ("BX-M", 0.1m)]);
    }
}
