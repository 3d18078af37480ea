using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Flora.Sdk.Samples.AspNetCore;

/// <summary>The app: a form at <c>/</c>, <c>POST /upload</c> forwards the file to FLORA. Public so tests can host it.</summary>
public static class UploadApp
{
    /// <summary>Builds the app (and starts a local emulator when no FLORA key is configured).</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        FloraEmulator? emulator = null;
        if (string.IsNullOrWhiteSpace(builder.Configuration["Flora:ApiKey"])
            && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("FLORA_API_KEY")))
        {
            emulator = await FloraEmulator.StartAsync();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Flora:ApiKey"] = emulator.ApiKey,
                ["Flora:BaseUrl"] = emulator.BaseUrl.ToString(),
                ["Upload:WorkspaceId"] = emulator.WorkspaceId,
            });
        }

        builder.Services.AddFloraClient(builder.Configuration);
        builder.Services.AddAntiforgery();
        var app = builder.Build();
        if (emulator is not null)
        {
            // Loud on purpose: an app that silently talks to a stand-in looks like it works while nothing reaches FLORA.
            app.Logger.LogWarning(
                "No FLORA API key is configured (Flora:ApiKey or FLORA_API_KEY): uploads go to an in-memory FLORA emulator at {BaseUrl}, " +
                "NOT to FLORA, and are lost when the app stops. Set FLORA_API_KEY to upload to FLORA.",
                emulator.BaseUrl);
            app.Lifetime.ApplicationStopped.Register(() => emulator.DisposeAsync().AsTask().GetAwaiter().GetResult());
        }

        app.UseAntiforgery();
        var workspaceId = app.Configuration["Upload:WorkspaceId"] ?? throw new InvalidOperationException("Set Upload:WorkspaceId (a ws_ id).");

        app.MapGet("/", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var token = antiforgery.GetAndStoreTokens(context);
            return Results.Content(
                $"""
                <!doctype html>
                <html><head><meta charset="utf-8"><title>Upload to FLORA</title></head>
                <body>
                  <h1>Upload to FLORA</h1>
                  <form method="post" action="/upload" enctype="multipart/form-data">
                    <input type="hidden" name="{token.FormFieldName}" value="{token.RequestToken}">
                    <input type="file" name="file" required>
                    <button type="submit">Upload</button>
                  </form>
                </body></html>
                """,
                "text/html; charset=utf-8");
        });

        app.MapPost("/upload", async ([FromForm] IFormFile? file, IFloraClient flora, CancellationToken cancellationToken) =>
        {
            if (file is null || file.Length == 0)
            {
                return Results.BadRequest("Choose a file to upload.");
            }

            try
            {
                await using var content = file.OpenReadStream();
                var asset = await flora.Assets.UploadAsync(
                    content,
                    new AssetUploadParams
                    {
                        WorkspaceId = workspaceId,
                        FileName = Path.GetFileName(file.FileName),
                        ContentType = string.IsNullOrWhiteSpace(file.ContentType) ? null : file.ContentType,
                    },
                    cancellationToken: cancellationToken);
                return Results.Content(
                    $"<!doctype html><p>Uploaded <b>{WebUtility.HtmlEncode(file.FileName)}</b> as <code>{asset.AssetId}</code> ({asset.Status}).</p>"
                    + $"<p><a href=\"{WebUtility.HtmlEncode(asset.Url)}\">{WebUtility.HtmlEncode(asset.Url)}</a></p><p><a href=\"/\">Upload another</a></p>",
                    "text/html; charset=utf-8");
            }
            catch (FloraApiException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status502BadGateway, title: "FLORA refused the upload");
            }
            catch (FloraConnectionException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status504GatewayTimeout, title: "FLORA could not be reached");
            }
        });

        return app;
    }
}
