using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using NewsFunctions;
using NewsFunctions.Http;

var builder = FunctionsApplication.CreateBuilder(args);

builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<StorageUnavailableMiddleware>();
builder.UseMiddleware<CorsMiddleware>();
builder.UseMiddleware<PlatformPrincipalMiddleware>();
builder.Services.AddNewsBackend(builder.Configuration);
builder.Services.AddNewsTelemetry(builder.Configuration);

builder.Build().Run();
