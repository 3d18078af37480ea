using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>flora assets upload --content-type and --upload-path (issue 28): what the SDK's upload takes, on the command line.</summary>
public sealed class UploadOptionsEndToEndTests : IAsyncLifetime
{
    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FloraEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Upload_ContentType_IsSentForEveryFileInsteadOfTheExtensions()
    {
        using var files = new TestFiles().Generate(2, mixedSizes: false);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, "--content-type", "image/webp", "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, _emulator.Assets.Count);
        Assert.All(_emulator.Assets, a => Assert.Equal("image/webp", a.ContentType));
    }

    [Theory]
    [InlineData("signed-url", "signed_url", 1)]
    [InlineData("direct", "direct", 0)]
    public async Task Upload_UploadPath_SendsTheBytesThatWay(string path, string uploadedVia, int completes)
    {
        using var files = new TestFiles().Generate(1, mixedSizes: false);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, "--upload-path", path, "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        var asset = Assert.Single(_emulator.Assets);
        Assert.Equal(uploadedVia, asset.UploadedVia);
        Assert.Equal(completes, _emulator.RequestCounts.GetValueOrDefault(EmulatorRoute.Complete));
    }

    [Theory]
    [InlineData("--content-type", "text/html")]
    [InlineData("--upload-path", "sideways")]
    public async Task Upload_BadContentTypeOrUploadPath_ExitsTwoBeforeAnyRequest(string option, string value)
    {
        using var files = new TestFiles().Generate(1, mixedSizes: false);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, option, value], Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(value, run.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _emulator.RequestCounts.Values.Sum());
        Assert.False(File.Exists(Path.Combine(files.Folder, ".flora-upload.json")));
    }

    [Fact]
    public async Task Help_Upload_ListsContentTypeAndUploadPath()
    {
        var help = await FloraTool.RunAsync(["assets", "upload", "--help"]);

        Assert.Contains("--content-type", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--upload-path", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("signed-url", help.Stdout, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Env() => FloraTool.Env(_emulator.BaseUrl, _emulator.ApiKey);
}
