using Audiobook.Dashboard.Hosting;
using Audiobook.Rendering.Configuration;
using Microsoft.Extensions.Configuration;

var configuration = new ConfigurationBuilder().AddAudiobookConfiguration().AddCommandLine(args).Build();
await DashboardHost.Build(configuration).RunAsync();
