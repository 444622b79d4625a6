using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>문래동 정밀가공: a four-person machining shop, the small second tenant with two months of plain history.</summary>
internal static class MullaeMetalWorkshop
{
    public const int HistoryWeeks = 9;

    public static WorkshopModel Create(DateTimeOffset createdAt)
    {
        var tenant = new Tenant("문래동 정밀가공", DemoWorkshops.MullaeMetal, Industry.MetalAndMachining, 4, createdAt);
        var b = new WorkshopModelBuilder(tenant);

        var cheolsu = b.Worker("박철수", "W001", 18_000);
        var youngho = b.Worker("김영호", "W002", 16_500);
        var sungmin = b.Worker("이성민", "W003", 14_000);
        var donghoon = b.Worker("최동훈", "W004", 15_000);

        var locations = b.Locations("자재창고", "가공장", "완제품", "격리");

        var dimension = b.DefectCode("DIM", "치수 불량", CauseCategory.Measurement, "#1E88E5", "straighten");
        var burr = b.DefectCode("BURR", "버 (거스러미)", CauseCategory.Method, "#FB8C00", "content_cut");
        var scratch = b.DefectCode("SCRATCH", "표면 긁힘", CauseCategory.Man, "#F4511E", "texture");
        var toolWear = b.DefectCode("TOOL-WEAR", "공구 마모 (면 거칠기)", CauseCategory.Machine, "#546E7A", "build");
        var materialDefect = b.DefectCode("MAT-DEFECT", "소재 결함 (기포·균열)", CauseCategory.Material, "#6D4C41", "broken_image");
        var rust = b.DefectCode("RUST", "녹 발생", CauseCategory.Environment, "#8D6E63", "water_damage");

        var toolChange = b.DowntimeReason("DT-TOOL", "공구 교체", planned: false);
        var breakdown = b.DowntimeReason("DT-BREAK", "설비 고장", planned: false);
        var materialWait = b.DowntimeReason("DT-MATERIAL", "자재 대기", planned: false);
        var lunch = b.DowntimeReason("DT-LUNCH", "점심시간", planned: true);
        var training = b.DowntimeReason("DT-TRAINING", "교육", planned: true);
        var power = b.DowntimeReason("DT-POWER", "정전", planned: false);

        var steel = new Supplier("문래 철강", "MRS");
        var aluminium = new Supplier("시화 알루미늄", "SHA");
        var tools = new Supplier("문래 공구상가", "MGS");
        var packaging = new Supplier("을지로 포장", "EJP");

        // Bars and plates are lot-tracked by mill heat number.
        b.Material("RB-SS-30", "SS400 환봉 Ø30", "m", 9_000, steel, 21, 6, 3, lotTracked: true);
        b.Material("RB-SS-50", "SS400 환봉 Ø50", "m", 22_000, steel, 28, 6, 3, lotTracked: true);
        b.Material("RB-SU-25", "SUS304 환봉 Ø25", "m", 19_000, steel, 28, 6, 5, lotTracked: true);
        b.Material("PL-AL-10", "알루미늄 판재 A6061 t10", "kg", 9_500, aluminium, 28, 25, 7, lotTracked: true);
        b.Material("CT-EM", "절삭유 (수용성)", "L", 6_000, tools, 42, 20, 2);
        b.Material("OL-RP", "방청유", "L", 8_000, tools, 42, 4, 2);
        b.Material("PK-VN", "포장 비닐", "ea", 30, packaging, 56, 500, 3);
        b.Material("BX-S", "부품 박스 (소)", "ea", 700, packaging, 42, 50, 3);

        b.Station("CNC-01", "CNC 선반", [new([(cheolsu, 0.7), (donghoon, 0.3)])], [(dimension, 0.4), (toolWear, 0.3), (materialDefect, 0.2), (burr, 0.1)]);
        b.Station("MIL-01", "밀링", [new([(youngho, 0.8), (donghoon, 0.2)])], [(dimension, 0.35), (burr, 0.35), (toolWear, 0.3)]);
        b.Station("FIN-01", "사상·검사", [new([(sungmin, 0.9), (donghoon, 0.1)])], [(scratch, 0.4), (burr, 0.3), (rust, 0.2), (dimension, 0.1)]);

        b.Product(
            "BR-01", "브래킷", 10, 1.0,
            [("MIL-01", "밀링 가공", 30, 6), ("FIN-01", "사상·검사", 10, 2)],
            [("PL-AL-10", 0.45m), ("CT-EM", 0.01m), ("PK-VN", 1), ("BX-S", 0.05m)]);
        b.Product(
            "SF-01", "샤프트", 10, 1.0,
            [("CNC-01", "선삭 가공", 40, 5), ("FIN-01", "사상·검사", 10, 2)],
            [("RB-SU-25", 0.26m), ("CT-EM", 0.01m), ("OL-RP", 0.005m), ("PK-VN", 1)]);
        b.Product(
            "FL-01", "플랜지", 10, 0.8,
            [("CNC-01", "선삭 가공", 40, 7), ("MIL-01", "볼트 구멍 가공", 30, 4), ("FIN-01", "사상·검사", 10, 2.5m)],
            [("RB-SS-50", 0.06m), ("CT-EM", 0.015m), ("OL-RP", 0.01m), ("BX-S", 0.1m)]);
        b.Product(
            "BU-01", "부싱", 10, 1.2,
            [("CNC-01", "선삭 가공", 30, 3), ("FIN-01", "사상·검사", 10, 1.5m)],
            [("RB-SS-30", 0.05m), ("CT-EM", 0.005m), ("OL-RP", 0.003m), ("PK-VN", 1)]);

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
                OrdersPerWeek: [(1, 0.4), (2, 0.5), (3, 0.1)],
                LinesPerOrder: [(1, 0.7), (2, 0.3)],
                Quantities: [new(20, 50, 0.4), new(50, 100, 0.35), new(100, 200, 0.25)],
                QuantityStep: 10,
                DueMinDays: 7,
                DueMaxDays: 14,
                SplitFrom: int.MaxValue,
                Customers: ["대성정밀", "한빛기계", "세진오토텍", "우진산업"],
                StockOrderEveryWeeks: 4,
                StockProductCodes: ["BU-01"],
                StockQuantity: new(100, 200, 1)),
            Defects = new DefectProfile(0.008, PlantPatterns: false, SuspectLotCodes: []),
            Pauses = new PauseProfile(
                Probability: 0.03,
                Reasons:
                [
                    new(toolChange, 0.4, 10, 30, "인서트 팁 교체"),
                    new(breakdown, 0.3, 30, 120, "척 유압 이상"),
                    new(materialWait, 0.2, 15, 60, "소재 절단 대기"),
                    new(training, 0.05, 30, 60, "안전 교육"),
                    new(power, 0.05, 20, 60, "정전"),
                ],
                Lunch: lunch,
                LunchPauseProbability: 0.3),
            Analyses = new Dictionary<string, DefectAnalysis>
            {
                ["DIM"] = new("공구 마모 보정 누락으로 치수 편차", CauseCategory.Measurement, "초품·중간품 측정 기록 의무화"),
                ["BURR"] = new("모따기 공정 누락", CauseCategory.Method, "작업표준서에 모따기 추가"),
                ["SCRATCH"] = new("가공품 적재 시 접촉", CauseCategory.Man, "칸막이 트레이 사용"),
                ["TOOL-WEAR"] = new("인서트 교체 주기 초과", CauseCategory.Machine, "가공 수량 기준 교체 주기 설정"),
                ["MAT-DEFECT"] = new("소재 내부 기포", CauseCategory.Material, "입고 소재 성적서 확인"),
                ["RUST"] = new("방청 처리 지연", CauseCategory.Environment, "가공 당일 방청유 도포"),
            },
            Scenario = new ScenarioProfile(
                PlantPatterns: false,
                HoldAndCancel: false,
                RecentOrders: [new(2, 14, "한빛기계", [("FL-01", 150)])],
                HoldReasons: []),
        };
    }
}
