using System.Net;
using Flora.Sdk.Testing;
using Flora.Sdk.Testing.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Flora.Sdk.IntegrationTests;

/// <summary>
/// Pins the emulator's answers for requests no route serves: an unknown path and a known path with another method both
/// answer FLORA's 404 envelope (never a bare 405), after the API key check, with faults aimed at
/// <see cref="EmulatorRoute.Unknown"/>; paths match case-sensitively, as FLORA's do.
/// </summary>
public sealed class EmulatorRoutingTests
{
    [Fact]
    public async Task UnknownPath_Answers404EnvelopeWithRequestId()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Get, "no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("req_", response.Headers.GetValues("request-id").Single(), StringComparison.Ordinal);
        Assert.Equal(
            """{"error":{"code":"not_found","message":"There is no GET /api/v1/no-such-route in the FLORA API."}}""",
            await response.Content.ReadAsStringAsync());
        var logged = Assert.Single(emulator.Requests);
        Assert.Equal((EmulatorRoute.Unknown, 404, "not_found"), (logged.Route, logged.StatusCode, logged.ErrorCode));
    }

    [Fact]
    public async Task KnownPathOtherMethod_Answers404EnvelopeNot405()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Put, "assets");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Content.Headers.Contains("Allow"));
        Assert.Equal(
            """{"error":{"code":"not_found","message":"There is no PUT /api/v1/assets in the FLORA API."}}""",
            await response.Content.ReadAsStringAsync());
        Assert.Equal(EmulatorRoute.Unknown, Assert.Single(emulator.Requests).Route);
    }

    [Fact]
    public async Task UnknownPath_WithoutApiKey_Answers401First()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var unknown = await raw.SendAsync(HttpMethod.Get, "no-such-route", apiKey: null);
        using var uploadByGet = await raw.SendAsync(HttpMethod.Get, new Uri(emulator.ServerUrl, "upload/upt_1").ToString(), apiKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("unauthorized", await RawApi.ErrorCodeAsync(unknown));
        Assert.Equal(HttpStatusCode.Unauthorized, uploadByGet.StatusCode);
        Assert.All(emulator.Requests, r => Assert.Equal(EmulatorRoute.Unknown, r.Route));
    }

    [Theory]
    [InlineData("/API/v1/assets")]
    [InlineData("/api/v1/Assets")]
    [InlineData("/api/v1/workspaces/extra")]
    public async Task PathsMatchCaseSensitivelyAndWhole(string path)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Get, new Uri(emulator.ServerUrl, path).ToString());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(EmulatorRoute.Unknown, Assert.Single(emulator.Requests).Route);
    }

    [Theory]
    [InlineData("/api//v1/assets")]
    [InlineData("/api/v1//assets/")]
    public async Task EmptyPathSegments_AreIgnoredAndTheSentPathIsLogged(string path)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Get, new Uri(emulator.ServerUrl, path).ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var logged = Assert.Single(emulator.Requests);
        Assert.Equal((EmulatorRoute.List, path), (logged.Route, logged.Path));
    }

    [Fact]
    public async Task UnknownPathWithEmptySegments_MessageNamesThePathAsSent()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Get, new Uri(emulator.ServerUrl, "/api//v1/no-such-route").ToString());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no GET /api//v1/no-such-route in the FLORA API.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPath_FaultQueuedOnUnknown_IsInjected()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        emulator.Faults.Enqueue(EmulatorRoute.Unknown, EmulatorFault.Status(503, "service_unavailable"));

        using var faulted = await raw.SendAsync(HttpMethod.Get, "no-such-route");
        using var listed = await raw.SendAsync(HttpMethod.Get, "assets");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        Assert.Equal("service_unavailable", await RawApi.ErrorCodeAsync(faulted));
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
    }

    [Fact]
    public async Task UnknownPath_ForeignHost_Answers421AndIsNotLogged()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.BaseUrl, "no-such-route"));
        request.Headers.Host = "attacker.example";

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.Equal("misdirected_request", await RawApi.ErrorCodeAsync(response));
        Assert.Empty(emulator.Requests);
    }

    [Theory]
    [InlineData("files/asset_1")]
    [InlineData("files/asset_1/")]
    [InlineData("files/asset_1/a/b.png")]
    public async Task AssetUrl_AnyNameOrNone_IsTheContentRoute(string path)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(emulator.ServerUrl, path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("StoreUploads", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(EmulatorRoute.Content, Assert.Single(emulator.Requests).Route);
    }

    [Fact]
    public async Task MapAll_MapsEveryRouteButUnknownOnce()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        await using var app = builder.Build();

        EmulatorRoutes.MapAll(app, new EmulatorState(new FloraEmulatorOptions()));

        var mapped = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints)
            .Select(e => e.Metadata.GetMetadata<EmulatorEndpoint>()!.Route).Order().ToList();
        Assert.Equal(Enum.GetValues<EmulatorRoute>().Where(r => r != EmulatorRoute.Unknown).Order(), mapped);
    }
}
