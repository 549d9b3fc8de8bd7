using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using NewsFunctions;

var builder = FunctionsApplication.CreateBuilder(args);

builder.ConfigureFunctionsWebApplication();
builder.Services.AddNewsBackend(builder.Configuration);
builder.Services.AddNewsTelemetry(builder.Configuration);

builder.Build().Run();
