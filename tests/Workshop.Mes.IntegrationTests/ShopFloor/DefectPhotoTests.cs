using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.ShopFloor;

/// <summary>Scrap photos from the tablet: checked by content, cleaned of their metadata, served only to the workshop.</summary>
public sealed class DefectPhotoTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_photo_with_gps_metadata_is_stored_without_it_and_shown_on_the_order_timeline()
    {
        var (floor, scrap) = await ScrapAsync();
        var original = WithGpsExif(Jpeg(64, 48));
        Encoding.ASCII.GetString(original).ShouldContain("GPS");

        var response = await UploadAsync(floor, scrap, Guid.CreateVersion7(), original, "IMG_0001.jpg");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var stored = (await response.Content.ReadFromJsonAsync<FloorPhotoStored>(ApiJson.Options))!;
        var owner = await _app.MemberClientAsync(floor.Stock.Id, WorkshopRole.Owner);
        var served = await owner.GetAsync($"/api/v1/defects/{stored.DefectRecordId}/photos/{stored.PhotoId}");
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        served.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        served.Headers.CacheControl!.Private.ShouldBeTrue();
        var bytes = await served.Content.ReadAsByteArrayAsync();
        var text = Encoding.ASCII.GetString(bytes);
        text.ShouldNotContain("GPS");
        text.ShouldNotContain("Exif");
        using (var decoded = SKBitmap.Decode(bytes))
        {
            (decoded.Width, decoded.Height).ShouldBe((64, 48));
        }

        var timeline = await owner.GetFromJsonAsync<List<Contracts.WorkOrders.TimelineEntry>>($"/api/v1/work-orders/{floor.Order.Id}/timeline", ApiJson.Options);
        var defect = timeline!.Single(e => e.Kind == Contracts.WorkOrders.TimelineKind.Defect);
        defect.PhotoIds.ShouldBe([stored.PhotoId]);
        defect.DefectId.ShouldBe(stored.DefectRecordId);
        defect.Cost.ShouldBe(13_500 + 1_200);
    }

    [Fact]
    public async Task A_resent_photo_is_stored_once_and_a_large_one_is_scaled_down()
    {
        var (floor, scrap) = await ScrapAsync();
        var photoId = Guid.CreateVersion7();
        var large = Png(3200, 1000);

        var first = await UploadAsync(floor, scrap, photoId, large, "large.png");
        var again = await UploadAsync(floor, scrap, photoId, large, "large.png");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await again.Content.ReadFromJsonAsync<FloorPhotoStored>(ApiJson.Options)).ShouldBe(await first.Content.ReadFromJsonAsync<FloorPhotoStored>(ApiJson.Options));
        await using var db = database.CreateContext();
        (await db.DefectPhotos.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
        var content = await db.PhotoContents.IgnoreQueryFilters().SingleAsync();
        content.ContentType.ShouldBe("image/jpeg");
        using var decoded = SKBitmap.Decode(content.Data);
        (decoded.Width, decoded.Height).ShouldBe((1600, 500));
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_whatever_its_name()
    {
        var (floor, scrap) = await ScrapAsync();

        var text = await UploadAsync(floor, scrap, Guid.CreateVersion7(), Encoding.UTF8.GetBytes("이것은 사진이 아닙니다"), "photo.jpg", "image/jpeg");
        var fakeHeader = await UploadAsync(floor, scrap, Guid.CreateVersion7(), [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4], "photo.jpg", "image/jpeg");
        var huge = new byte[(8 * 1024 * 1024) + 1];
        Jpeg(8, 8).CopyTo(huge, 0);
        var tooLarge = await UploadAsync(floor, scrap, Guid.CreateVersion7(), huge, "huge.jpg");
        var noFile = await floor.Tablet.PostAsync($"{FloorCapture.Events}/{scrap.Id}/photos", new MultipartFormDataContent { { new StringContent(Guid.CreateVersion7().ToString()), "photoId" } });

        (await CodeAsync(text, HttpStatusCode.BadRequest)).ShouldBe("floor_photo.not_an_image");
        (await CodeAsync(fakeHeader, HttpStatusCode.BadRequest)).ShouldBe("floor_photo.not_an_image");
        (await CodeAsync(tooLarge, HttpStatusCode.BadRequest)).ShouldBe("floor_photo.too_large");
        (await CodeAsync(noFile, HttpStatusCode.BadRequest)).ShouldBe("floor_photo.missing");
        await using var db = database.CreateContext();
        (await db.PhotoContents.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_photo_needs_a_stored_scrap_event_of_this_workshop_and_is_served_only_here()
    {
        var (floor, scrap) = await ScrapAsync();
        var start = floor.Event(FloorEventKind.Report, 0, 30, good: 1);
        await floor.BatchAsync([start]);
        var other = await FloorCapture.CreateAsync(_app, database, slug: "other-shop", number: "WO-2611-0009");

        var unknown = await UploadAsync(floor, floor.Event(FloorEventKind.Start, 0, 1), Guid.CreateVersion7(), Jpeg(8, 8), "a.jpg");
        var noScrap = await UploadAsync(floor, start, Guid.CreateVersion7(), Jpeg(8, 8), "a.jpg");
        var theirTablet = await UploadAsync(other, scrap, Guid.CreateVersion7(), Jpeg(8, 8), "a.jpg");
        var stored = (await (await UploadAsync(floor, scrap, Guid.CreateVersion7(), Jpeg(8, 8), "a.jpg")).Content.ReadFromJsonAsync<FloorPhotoStored>(ApiJson.Options))!;
        var url = $"/api/v1/defects/{stored.DefectRecordId}/photos/{stored.PhotoId}";

        (await CodeAsync(unknown, HttpStatusCode.NotFound)).ShouldBe("floor_photo.no_event");
        (await CodeAsync(noScrap, HttpStatusCode.Conflict)).ShouldBe("floor_photo.not_scrap");
        (await CodeAsync(theirTablet, HttpStatusCode.NotFound)).ShouldBe("floor_photo.no_event");
        (await (await _app.MemberClientAsync(other.Stock.Id, WorkshopRole.Owner)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _app.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await _app.MemberClientAsync(floor.Stock.Id, WorkshopRole.Consultant)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<(FloorCapture Floor, FloorEvent Scrap)> ScrapAsync()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var scrap = floor.Event(FloorEventKind.Report, 0, 20, good: 8, scrap: 2);
        (await floor.BatchAsync([floor.Event(FloorEventKind.Start, 0, 5), scrap])).ShouldAllBe(r => r.Outcome == FloorEventOutcome.Stored);
        return (floor, scrap);
    }

    private static Task<HttpResponseMessage> UploadAsync(FloorCapture floor, FloorEvent scrap, Guid photoId, byte[] data, string name, string? contentType = null)
    {
        var file = new ByteArrayContent(data);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType ?? "application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", name }, { new StringContent(photoId.ToString()), "photoId" } };
        return floor.Tablet.PostAsync($"{FloorCapture.Events}/{scrap.Id}/photos", form);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
    }

    private static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    private static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(200, 40, 40));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>
    /// The JPEG with an EXIF block (APP1) right after its start marker, as a phone camera writes it: a TIFF header, IFD0
    /// with a description and the GPS pointer, and a GPS IFD with latitude N 37° 33′ 59″ (Seoul).
    /// </summary>
    private static byte[] WithGpsExif(byte[] jpeg)
    {
        var tiff = new List<byte>();
        void U16(int v) => tiff.AddRange([(byte)(v >> 8), (byte)v]);
        void U32(int v) => tiff.AddRange([(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v]);
        var description = Encoding.ASCII.GetBytes("GPS 37.5665N 126.9780E\0");

        // Header, then IFD0 at 8: two entries (12 bytes each) and the next-IFD offset.
        tiff.AddRange("MM"u8.ToArray());
        U16(42);
        U32(8);
        const int ifd0 = 8, gpsIfd = ifd0 + 2 + (2 * 12) + 4, descriptionAt = gpsIfd + 2 + (2 * 12) + 4, rationalsAt = descriptionAt + 23;
        U16(2);
        U16(0x010E); U16(2); U32(description.Length); U32(descriptionAt); // ImageDescription
        U16(0x8825); U16(4); U32(1); U32(gpsIfd); // GPSInfo
        U32(0);
        U16(2);
        U16(0x0001); U16(2); U32(2); tiff.AddRange([(byte)'N', 0, 0, 0]); // GPSLatitudeRef
        U16(0x0002); U16(5); U32(3); U32(rationalsAt); // GPSLatitude
        U32(0);
        tiff.AddRange(description);
        foreach (var (numerator, denominator) in new[] { (37, 1), (33, 1), (59, 1) })
        {
            U32(numerator);
            U32(denominator);
        }

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var app1 = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)length }.Concat(payload);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }
}
