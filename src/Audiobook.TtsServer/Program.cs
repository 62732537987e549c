using Audiobook.TtsServer;

var builder = WebApplication.CreateBuilder(args);
builder.AddLocalTtsServer();
var app = builder.Build();
app.MapLocalTtsServer();
await app.RunAsync().ConfigureAwait(false);
