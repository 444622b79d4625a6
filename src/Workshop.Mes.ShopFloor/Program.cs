using System.Globalization;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.JSInterop;
using Workshop.Mes.ShopFloor;
using Workshop.Mes.ShopFloor.Services;

// The shop-floor tablet app (ADR 0050), served by the web app under /floor/ and talking only to its REST API.
var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.Services.AddLocalization();
builder.Services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(builder.HostEnvironment.BaseAddress) });
builder.Services.AddScoped<FloorClient>();
builder.Services.AddScoped<Browser>();
builder.Services.AddScoped<Outbox>();
builder.Services.AddScoped<Tablet>();

var host = builder.Build();

// The language start.js chose (the tablet's saved choice, else the browser's), so the resx strings follow it.
var language = await host.Services.GetRequiredService<IJSRuntime>().InvokeAsync<string>("floorLanguage");
var culture = new CultureInfo(language == "en" ? "en" : "ko");
CultureInfo.DefaultThreadCurrentCulture = culture;
CultureInfo.DefaultThreadCurrentUICulture = culture;
CultureInfo.CurrentCulture = culture;
CultureInfo.CurrentUICulture = culture;

await host.RunAsync();
