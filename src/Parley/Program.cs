using Parley.Cli;
using Parley.Data;
using Parley.Features.Admin;
using Parley.Features.Commenters;
using Parley.Features.Comments;
using Parley.Features.Demo;
using Parley.Features.Flags;
using Parley.Features.Live;
using Parley.Features.Moderation;
using Parley.Features.Perspective;
using Parley.Features.Sites;
using Parley.Features.Votes;
using Parley.Infrastructure;

// The executable is also the command line: `parley train|eval|score|…`; with no command it serves.
if (args.Length > 0 && CommandLine.IsCommand(args[0]))
{
    return await CommandLine.RunAsync(args);
}

// Content (appsettings, wwwroot) comes from beside the binary; data paths stay relative to the caller's folder.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// A plain build (not a publish) keeps wwwroot in the project; the build's manifest points there in any environment.
builder.WebHost.UseStaticWebAssets();

builder.Services
    .AddInfrastructure(builder.Configuration)
    .AddData(builder.Configuration)
    .AddSites(builder.Configuration)
    .AddCommenters()
    .AddModeration(builder.Configuration)
    .AddComments(builder.Configuration)
    .AddVotes()
    .AddFlags()
    .AddLive()
    .AddAdmin()
    .AddPerspective(builder.Configuration)
    .AddDemo();

var app = builder.Build();

app.UseParleyProblemDetails();
app.UseBodySizeLimit(app.Configuration.GetValue("Comments:MaxBodyBytes", 64 * 1024));
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapAdmin();
app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" })).ExcludeFromDescription();

app.MapWidgetApi()
    .MapCommenters()
    .MapComments()
    .MapVotes()
    .MapFlags()
    .MapLive();
app.MapPerspective();

app.MapDemo();

app.Run();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
