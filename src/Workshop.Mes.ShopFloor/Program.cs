using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

// The tablet app: pages arrive with the shop-floor issue; the host wires this project in then.
var builder = WebAssemblyHostBuilder.CreateDefault(args);
await builder.Build().RunAsync();
