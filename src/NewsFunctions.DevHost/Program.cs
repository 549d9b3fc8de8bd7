using NewsFunctions;
using NewsFunctions.DevHost;
using NewsFunctions.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddLocalSettings(builder.Environment.ContentRootPath);

var catalog = new FunctionCatalog(typeof(NewsBackendServiceCollectionExtensions).Assembly);
builder.Services.AddSingleton(catalog);
builder.Services.AddNewsBackend(builder.Configuration);
builder.Services.AddDevHost();
builder.Host.AddQueueListening(catalog);

var app = builder.Build();
app.UseFunctionErrors();
app.UseNewsCors();
app.MapFunctions(catalog);
app.MapHomePage();
app.AnnounceOnStart();
app.Run();
