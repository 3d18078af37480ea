using System.Net;
using System.Text.RegularExpressions;
using Flora.Sdk.Samples.AspNetCore;
using Flora.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Flora.Sdk.DependencyInjectionTests;

/// <summary>samples/Flora.AspNetCore end to end: a browser-like client posts the form over loopback HTTP, the app forwards to the emulator.</summary>
public sealed partial class AspNetCoreSampleTests
{
    [GeneratedRegex("name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex HiddenField();

    private static async Task<(WebApplication App, HttpClient Browser)> StartAsync(FloraEmulator emulator)
    {
        var app = await UploadApp.BuildAsync(
            ["--urls", "http://127.0.0.1:0", "--environment", "Development"],
            b =>
            {
                b.Configuration["Flora:ApiKey"] = emulator.ApiKey;
                b.Configuration["Flora:BaseUrl"] = emulator.BaseUrl.ToString();
                b.Configuration["Upload:WorkspaceId"] = emulator.WorkspaceId;
            });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = new Uri(address) };
        return (app, browser);
    }

    [Fact]
    public async Task PostForm_WithFile_ForwardsTheBytesToFloraAndShowsTheAsset()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        var (app, browser) = await StartAsync(emulator);
        await using var _ = app;
        using var __ = browser;

        var form = await browser.GetStringAsync("/");
        Assert.Contains("enctype=\"multipart/form-data\"", form, StringComparison.Ordinal);
        var token = HiddenField().Match(form);
        Assert.True(token.Success, form);

        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        using var post = new MultipartFormDataContent
        {
            { new StringContent(token.Groups["value"].Value), token.Groups["name"].Value },
            { new ByteArrayContent(bytes) { Headers = { ContentType = new("image/png") } }, "file", "from-browser.png" },
        };
        using var response = await browser.PostAsync("/upload", post);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var asset = Assert.Single(emulator.Assets);
        Assert.Contains(asset.AssetId, page, StringComparison.Ordinal);
        Assert.Contains("(ready)", page, StringComparison.Ordinal);
        Assert.Equal("from-browser.png", asset.FileName);
        await using var stored = emulator.OpenContent(asset.AssetId)!;
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task PostForm_WithoutAntiforgeryToken_IsRejectedAndNothingIsUploaded()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var (app, browser) = await StartAsync(emulator);
        await using var _ = app;
        using var __ = browser;

        using var post = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.png" } };
        using var response = await browser.PostAsync("/upload", post);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, emulator.AssetCount);
    }

    [Fact]
    public async Task Attack11_NoKeyConfigured_WarnsAtStartupThatUploadsGoToAnInMemoryEmulator()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("FLORA_API_KEY")))
        {
            return; // With a real key in the environment the sample talks to FLORA: there is no fallback to see.
        }

        var logs = new FakeLogCollector();
        var app = await UploadApp.BuildAsync(
            ["--urls", "http://127.0.0.1:0", "--environment", "Development"],
            b => b.Logging.AddProvider(new FakeLoggerProvider(logs)));
        await using var _ = app;
        await app.StartAsync();
        await app.StopAsync();

        var warning = Assert.Single(logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("emulator", StringComparison.Ordinal));
        Assert.Contains("NOT to FLORA", warning.Message, StringComparison.Ordinal);
        Assert.Contains("FLORA_API_KEY", warning.Message, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:", warning.Message, StringComparison.Ordinal);
    }
}
