using System.Reflection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Workshop.Mes.Web.Features.Tablets;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// What a client generator needs beyond what the endpoints' types say: how to authenticate (declared once, applied
/// per operation from the endpoint's authorization), the media types of downloads, tag descriptions and example
/// request bodies. Endpoints state none of it themselves.
/// </summary>
internal static class ApiDocument
{
    public const string ApiKey = "ApiKey";
    public const string SignInCookie = "SignInCookie";
    public const string Device = "Device";
    public const string WorkerSession = "WorkerSession";

    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pdf = "application/pdf";

    /// <summary>Every tag an operation carries, in words; the API document test fails on a tag missing here.</summary>
    private static readonly Dictionary<string, string> _tags = new(StringComparer.Ordinal)
    {
        ["API keys"] = "Keys for integrations. The secret is shown once, when the key is made; a revoked key is refused at once.",
        ["Assessment"] = "The stage assessment's inputs: the indicator catalogue, the workshop profile and its confirmation, the owner's self-assessment answers and goals, and a consultant's verifications with their attachment.",
        ["Audit trail"] = "Who changed what and when, for the owner.",
        ["Customer orders"] = "Orders taken from customers (수주), their lines, the work orders made for them and the trace to shipped lots.",
        ["Dashboard"] = "The owner's dashboard figures for a range of workshop days (and optionally one station or product): output against plan, work in progress, late orders, shortages, load, delivery, defect rate, cost, Pareto, heat map and lots, downtime and OEE; each also as CSV or Excel.",
        ["Defect codes"] = "The workshop's defect codes, grouped by the 4M+E categories, as the tablet shows them.",
        ["Downtime reasons"] = "Why a workstation stopped, planned or unplanned.",
        ["Floor"] = "The shared tablet's own API: redeem a pairing code, list the workers, sign a worker in and out with a PIN; record production, scrap and downtime events (each stored once by its tablet-made id), attach scrap photos, read my work, scanned codes and the offline catalogue; and the owner's list of refused events.",
        ["Invitations"] = "Invitations to join the workshop, by e-mail, with a role.",
        ["Items"] = "Materials, components and products, with their bill of materials (BOM) and routing.",
        ["Locations"] = "Where stock is kept: stores, line side, finished goods and quarantine.",
        ["Members"] = "The people of the workshop and their roles.",
        ["Quality"] = "Defect records and their photos, served only to the workshop's members who may read quality records.",
        ["Shipments"] = "Finished lots shipped against customer order lines, and the on-time rate.",
        ["Spreadsheet import"] = "Items, BOMs, routings and opening stock from CSV or Excel sheets: a template, a preview with per-row errors, then all rows or none.",
        ["Stock"] = "Receipts, issues, transfers, adjustments and counts, and the reads of stock: on hand, the ledger, lots and their genealogy, reorder alerts.",
        ["Tablets"] = "The workshop's paired tablets: pairing codes for new ones, and revoking them.",
        ["Work orders"] = "Work orders (작업지시) from draft to completion: release, hold, progress at each step, the timeline and the printable traveller.",
        ["Workers"] = "The people on the floor, their PINs and badges.",
        ["Workstations"] = "Machines and benches the routing steps run on, with their hours.",
    };

    public static void AddMesDocument(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Workshop MES API";
            document.Info.Description = "Work orders, production events, quality and stock of one workshop. Errors are RFC 9457 problem details. "
                + "Send the workshop's slug as `X-Workshop` when the caller belongs to more than one workshop.";
            document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
            DescribeTags(document);

            // The server is the address the document was asked at; "http://host/" and a path would join as "//api".
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }

            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            DescribeDecimals(schema, context.JsonTypeInfo.Type);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            Secure(operation, context);
            DescribeDownloads(operation, context);
            ApiExamples.Add(operation, context);
            return Task.CompletedTask;
        });
    }

    /// <summary>Anonymous operations need nothing; the tablet's own API needs the device; the rest take an API key, the sign-in cookie or a worker signed in on a tablet.</summary>
    private static void Secure(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var document = context.Document!;
        DeclareSchemes(document, context.ApplicationServices);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            return;
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        operation.Security = policies.Contains(TabletsModule.TabletPolicy)
            ? [Requirement(document, Device)]
            : policies.Contains(ApiAuthorization.Policy)
                ? [Requirement(document, ApiKey), Requirement(document, SignInCookie), Requirement(document, Device, WorkerSession)]
                : [Requirement(document, SignInCookie)];
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument document, params string[] schemes)
    {
        var requirement = new OpenApiSecurityRequirement();
        foreach (var scheme in schemes)
        {
            requirement[new OpenApiSecuritySchemeReference(scheme, document)] = [];
        }

        return requirement;
    }

    private static void DeclareSchemes(OpenApiDocument document, IServiceProvider services)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        var schemes = document.Components.SecuritySchemes;
        if (schemes.ContainsKey(ApiKey))
        {
            return;
        }

        schemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key made on the API keys page (or `POST /api/v1/api-keys`), sent as `Authorization: Bearer <key>`.",
        };
        schemes[SignInCookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).Cookie.Name,
            Description = "The browser's sign-in cookie, set by the sign-in page. Writes from a browser must come from the app's own origin.",
        };
        schemes[Device] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Authorization",
            Description = $"A paired tablet's device credential from `RedeemPairing`, sent as `Authorization: {FloorAuthenticationHandler.DeviceAuthorization} <credential>` "
                + $"(a browser on the tablet sends it as the `{FloorCookies.Device}` cookie instead).",
        };
        schemes[WorkerSession] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = FloorAuthenticationHandler.SessionHeader,
            Description = "A worker's session on a paired tablet from `StartWorkerSession`; with the device credential it acts for that worker on the workshop's API.",
        };
    }

    /// <summary>A download answers its file: CSV or Excel where it takes <c>format</c>, PDF for a <c>.pdf</c> route.</summary>
    private static void DescribeDownloads(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var handler = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        if (handler is null || !Mentions(handler.ReturnType, typeof(FileContentHttpResult)))
        {
            return;
        }

        string[] mediaTypes = (context.Description.RelativePath ?? string.Empty).EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
            ? [Pdf]
            : context.Description.ParameterDescriptions.Any(p => p.Name == "format") ? [Csv, Xlsx] : ["application/octet-stream"];
        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = mediaTypes.Length > 1 ? "The file: CSV (UTF-8 with a byte order mark) or Excel, as `format` asks." : "The file.",
            Content = mediaTypes.ToDictionary(m => m, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } }),
        };
    }

    /// <summary>
    /// Quantities and money are JSON numbers. <see cref="PlainDecimalConverter"/> hides that from the schema generator,
    /// which would leave them untyped (a generated client's <c>unknown</c>) and drop the items of a list of them.
    /// </summary>
    private static void DescribeDecimals(OpenApiSchema schema, Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying && underlying == typeof(decimal))
        {
            schema.Type = JsonSchemaType.Number | JsonSchemaType.Null;
            schema.Format = "double";
        }
        else if (type == typeof(decimal))
        {
            schema.Type = JsonSchemaType.Number;
            schema.Format = "double";
        }
        else if (type != typeof(string) && schema.Items is null
            && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) && i.GetGenericArguments()[0] == typeof(decimal)))
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" };
        }
    }

    private static bool Mentions(Type type, Type wanted) =>
        type == wanted || (type.IsGenericType && type.GetGenericArguments().Any(t => Mentions(t, wanted)));

    private static void DescribeTags(OpenApiDocument document)
    {
        var used = (document.Paths ?? [])
            .SelectMany(p => p.Value.Operations ?? [])
            .SelectMany(o => o.Value.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Select(name => new OpenApiTag { Name = name, Description = _tags.GetValueOrDefault(name) }));
    }
}
